/** The home page. */
export const vi = {
  "home.title": "Trang chủ",
  "home.greeting": "Xin chào, {name}",
  "home.grants.title": "Việc Anh/Chị có thể làm",
  "home.grants.intro": "Mỗi vai trò được giao trong một phạm vi; Anh/Chị chỉ thấy dữ liệu trong phạm vi của mình.",
  "home.grants.empty": "Anh/Chị chưa được giao vai trò nào. Vui lòng liên hệ quản trị viên.",
  "home.grant.scope": "Phạm vi",
  "home.grant.open": "Mở {area}",
};

export const en: Record<keyof typeof vi, string> = {
  "home.title": "Home",
  "home.greeting": "Hello, {name}",
  "home.grants.title": "What you can do",
  "home.grants.intro": "Each role is granted in a scope; you see only the data within your scopes.",
  "home.grants.empty": "You have no role yet. Please contact the administrator.",
  "home.grant.scope": "Scope",
  "home.grant.open": "Open {area}",
};
