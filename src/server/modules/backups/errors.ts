import { defineErrors } from "../../http/errors.js";

/** The backups module's errors, in Vietnamese and English. */
export const backupErrors = defineErrors({
  BACKUP_USE_PG_DUMP: {
    status: 409,
    vi:
      "Focal đang chạy trên PostgreSQL (DATABASE_URL): hãy sao lưu bằng công cụ của PostgreSQL, ví dụ " +
      'pg_dump --format=custom --file=focal.dump "$DATABASE_URL", và khôi phục bằng pg_restore.',
    en:
      "Focal runs on PostgreSQL (DATABASE_URL): back it up with PostgreSQL's own tool, for example " +
      'pg_dump --format=custom --file=focal.dump "$DATABASE_URL", and restore with pg_restore.',
  },
  BACKUP_NOT_FOUND: { status: 404, vi: "Không tìm thấy bản sao lưu {name}.", en: "Backup {name} not found." },
  BACKUP_BUSY: {
    status: 409,
    vi: "Một bản sao lưu khác đang được tạo. Hãy thử lại sau ít phút.",
    en: "Another backup is being taken. Try again in a few minutes.",
  },
});
