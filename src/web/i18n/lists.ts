/** Words of the shared paged list (src/web/components/PagedList.tsx): its count, pages and page size. */
export const vi = {
  "lists.range": "{from}–{to} trên {total}",
  "lists.pages": "Các trang của danh sách",
  "lists.pageN": "Trang {n}",
  "lists.pagePrev": "Trang trước",
  "lists.pageNext": "Trang sau",
  "lists.pageFirst": "Trang đầu",
  "lists.pageLast": "Trang cuối",
  "lists.pageSize": "Số dòng mỗi trang",
  "lists.noMatch": "Không có kết quả phù hợp với tìm kiếm hoặc bộ lọc.",
  "lists.updating": "Đang cập nhật danh sách…",
};

export const en: Record<keyof typeof vi, string> = {
  "lists.range": "{from}–{to} of {total}",
  "lists.pages": "Pages of the list",
  "lists.pageN": "Page {n}",
  "lists.pagePrev": "Previous page",
  "lists.pageNext": "Next page",
  "lists.pageFirst": "First page",
  "lists.pageLast": "Last page",
  "lists.pageSize": "Rows per page",
  "lists.noMatch": "Nothing matches the search or the filters.",
  "lists.updating": "Updating the list…",
};
