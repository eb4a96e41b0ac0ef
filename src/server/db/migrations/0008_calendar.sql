CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The announced swaps of 2022–2026 (decision 021). Everything else of those years — Tết Dương lịch, the 5 days of
-- Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh and the compensatory days of holidays on a weekend — is
-- computed from the Labour Code (src/server/modules/calendar/law.ts) and matches the announced breaks:
--   2022: Tết Dương lịch 01–03/01; Tết 29/01–06/02; Giỗ Tổ 09–11/04; 30/4–1/5: 30/04–03/05; Quốc khánh 01–04/09.
--   2023: Tết Dương lịch 31/12/2022–02/01; Tết 20–26/01; Giỗ Tổ + 30/4–1/5: 29/04–03/05; Quốc khánh 01–04/09.
--   2024: Tết 08–14/02; Giỗ Tổ 18/04; 30/4–1/5: 27/04–01/05 (swap below); Quốc khánh 31/08–03/09.
--   2025: Tết 25/01–02/02; Giỗ Tổ 05–07/04; 30/4–1/5: 30/04–04/05 (swap below); Quốc khánh 30/08–02/09.
--   2026: Tết Dương lịch 01–04/01 (swap below); Tết 14–22/02; Giỗ Tổ 25–27/04; 30/4–1/5: 30/04–03/05.
-- 2026 Quốc khánh (02/09 and the adjacent day) was not announced when this was written: the law's default applies
-- (01–02/09) until an administrator records the announcement. 2027: the law's days only.
-- source 'announcement' = a swap announced by the Ministry of Home Affairs for civil servants (approved by the
-- Prime Minister); the 2026 New Year swap is recorded as we know it — an administrator checks it against the text.
INSERT INTO "calendar_days" ("date", "kind", "name_vi", "name_en", "source") VALUES
  ('2024-04-29', 'day_off', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 04/05/2024)', 'Swapped day off for 30 April–1 May (made up on Saturday 04/05/2024)', 'announcement'),
  ('2024-05-04', 'working_day', 'Làm bù cho thứ Hai 29/04/2024', 'Make-up working day for Monday 29/04/2024', 'announcement'),
  ('2025-04-26', 'working_day', 'Làm bù cho thứ Sáu 02/05/2025', 'Make-up working day for Friday 02/05/2025', 'announcement'),
  ('2025-05-02', 'day_off', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/04/2025)', 'Swapped day off for 30 April–1 May (made up on Saturday 26/04/2025)', 'announcement'),
  ('2026-01-02', 'day_off', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 'Swapped day off for New Year (made up on Saturday 10/01/2026)', 'announcement'),
  ('2026-01-10', 'working_day', 'Làm bù cho thứ Sáu 02/01/2026', 'Make-up working day for Friday 02/01/2026', 'announcement');
