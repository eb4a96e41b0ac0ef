import { formatMessage } from "./message.js";
import { ISO_DAY, ISO_MOMENT, formatDay, formatMoment } from "./dates.js";

/**
 * Every error Focal returns has a stable code. This table is the one place that maps a code to its HTTP status
 * and to its message in both languages. `{name}` placeholders are filled from the error's params.
 */
export const errorCatalog = {
  /** `summary` names each field by its label and says the rule ("Họ và tên: tối đa 200 ký tự"); see `invalidFields`. */
  VALIDATION_FAILED: { status: 400, vi: "{summary}", en: "{summary}" },
  TEXT_INVALID: {
    status: 400,
    vi: "{field}: văn bản chứa ký tự không được phép (ký tự NUL, ký tự Unicode bị hỏng hoặc không phải chữ). Hãy gõ lại hoặc dán lại nội dung này.",
    en: "{field}: the text holds a character that is not allowed (a NUL, a broken Unicode character or a non-character). Type or paste it again.",
  },
  BAD_REQUEST: { status: 400, vi: "Yêu cầu không hợp lệ.", en: "The request is not valid." },
  BAD_JSON: {
    status: 400,
    vi: "Nội dung gửi lên không phải JSON hợp lệ.",
    en: "The body sent is not valid JSON.",
  },
  JSON_TOO_DEEP: {
    status: 400,
    vi: "Nội dung JSON lồng nhau quá sâu (tối đa {max} cấp).",
    en: "The JSON body is nested too deeply (at most {max, plural, one {# level} other {# levels}}).",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: "Không nhận loại nội dung {type}; hãy gửi JSON.",
    en: "Content of type {type} is not accepted; send JSON.",
  },
  URI_TOO_LONG: { status: 414, vi: "Địa chỉ yêu cầu quá dài.", en: "The request address is too long." },
  UNAUTHENTICATED: { status: 401, vi: "Vui lòng đăng nhập.", en: "Please sign in." },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: "Email hoặc mật khẩu không đúng.",
    en: "The e-mail or password is not correct.",
  },
  SIGNIN_PAUSED: {
    status: 429,
    vi: "Đã nhập sai nhiều lần. Vui lòng chờ {seconds} giây rồi thử lại.",
    en: "Too many failed sign-in attempts. Wait {seconds} seconds and try again.",
  },
  RATE_LIMITED: {
    status: 429,
    vi: "Quá nhiều yêu cầu từ địa chỉ này. Vui lòng chờ {seconds} giây rồi thử lại.",
    en: "Too many requests from this address. Wait {seconds} seconds and try again.",
  },
  ACCOUNT_INACTIVE: {
    status: 403,
    vi: "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.",
    en: "This account has been deactivated. Please contact the administrator.",
  },
  CSRF_FAILED: {
    status: 403,
    vi: "Phiên làm việc không hợp lệ, vui lòng tải lại trang.",
    en: "The request could not be verified; please reload the page.",
  },
  FORBIDDEN: {
    status: 403,
    vi: "Bạn không có quyền thực hiện thao tác này.",
    en: "You are not allowed to do this.",
  },
  NOT_FOUND: { status: 404, vi: "Không tìm thấy.", en: "Not found." },
  ROUTE_NOT_FOUND: { status: 404, vi: "Không có địa chỉ {path}.", en: "There is no route {path}." },
  USER_NOT_FOUND: { status: 404, vi: "Không tìm thấy người dùng.", en: "User not found." },
  UNIT_NOT_FOUND: { status: 404, vi: "Không tìm thấy đơn vị.", en: "Unit not found." },
  VERSION_CONFLICT: {
    status: 409,
    vi: "Bản ghi đã được người khác thay đổi. Vui lòng tải lại và thực hiện lại thay đổi của bạn.",
    en: "Someone else changed this record. Reload it and make your change again.",
  },
  EMAIL_TAKEN: {
    status: 409,
    vi: "Email {email} đã được sử dụng.",
    en: "The e-mail {email} is already in use.",
  },
  GRANT_EXISTS: { status: 409, vi: "Người dùng đã có vai trò này.", en: "The user already has this role." },
  INVALID_SCOPE: {
    status: 400,
    vi: "Vai trò {role} cần phạm vi {scopeKind}.",
    en: "The role {role} needs a scope of kind {scopeKind}.",
  },
  INVITATION_INVALID: {
    status: 400,
    vi: "Liên kết mời không hợp lệ hoặc đã hết hạn.",
    en: "The invitation link is not valid or has expired.",
  },
  INVITATION_NOT_RESENDABLE: {
    status: 409,
    vi: "Người này đã đặt mật khẩu hoặc tài khoản đã bị vô hiệu hóa; không gửi lại liên kết mời.",
    en: "This person has already set a password or the account is deactivated; no new invitation link is sent.",
  },
  MAIL_HAS_NO_LINK: {
    status: 409,
    vi: "Thư này không chứa liên kết nào để gửi lại hoặc thu hồi.",
    en: "This message carries no link to resend or withdraw.",
  },
  PASSWORD_TOO_SHORT: {
    status: 400,
    vi: "Mật khẩu phải có ít nhất {min} ký tự.",
    en: "The password must have at least {min, plural, one {# character} other {# characters}}.",
  },
  CANNOT_DEACTIVATE_SELF: {
    status: 400,
    vi: "Bạn không thể tự vô hiệu hóa tài khoản của mình.",
    en: "You cannot deactivate your own account.",
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: "Dữ liệu gửi lên quá lớn.", en: "The upload is too large." },
  INTERNAL: {
    status: 500,
    vi: "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.",
    en: "Something went wrong on our side. Please try again later.",
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export type Lang = "vi" | "en";

/** True for the two languages Focal speaks. */
export const isLang = (v: unknown): v is Lang => v === "vi" || v === "en";

/** A value given in both languages, as a parameter of a message: the message takes the one of its language. */
export interface Bilingual {
  vi: string;
  en: string;
}

function isBilingual(v: unknown): v is Bilingual {
  return !!v && typeof v === "object" && "vi" in v && typeof v.vi === "string" && "en" in v && typeof v.en === "string";
}

/**
 * Fills `{name}` placeholders and `{n, plural, one {…} other {…}}` forms (see `./message.ts`); numbers with the
 * language's separators; objects are shown as JSON rather than "[object Object]". A parameter that is a calendar day
 * ("2022-08-05") or a moment (a Date, an ISO date-time) is written as people read it in that language
 * (`formatDay`, `formatMoment`: 05/08/2022 in Vietnamese, 05 Aug 2022 in English), and a `{vi, en}` parameter gives
 * the text of that language.
 */
export function fillTemplate(template: string, params: Record<string, unknown>, lang: Lang = "en"): string {
  const local: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (isBilingual(v)) local[k] = v[lang];
    else if (v instanceof Date) local[k] = formatMoment(lang, v);
    else if (typeof v === "string" && ISO_DAY.test(v)) local[k] = formatDay(lang, v);
    else if (typeof v === "string" && ISO_MOMENT.test(v)) local[k] = formatMoment(lang, v);
    else local[k] = v;
  }
  return formatMessage(lang, template, local);
}

export function errorMessage(code: ErrorCode, lang: Lang, params: Record<string, unknown> = {}): string {
  return fillTemplate(errorCatalog[code][lang], params, lang);
}
