-- fold() (src/shared/text.ts) now spells the letters without a decomposition with Latin letters (decision 006).
-- search_text written before held them as they are; the new fold of a text is the old one with this table applied,
-- so rows are refolded here in SQL. Keep in step with LETTERS in src/shared/text.ts (đ was folded already).
UPDATE "meetings" SET "search_text" = replace(replace(replace(replace(replace(replace(translate("search_text", 'đðłøıħŧŀſ', 'ddloihtls'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'), 'ŋ', 'ng'), 'ĳ', 'ij') WHERE "search_text" ~ '[đðłøıħŧŀſæœßþŋĳ]';
--> statement-breakpoint
UPDATE "delegations" SET "search_text" = replace(replace(replace(replace(replace(replace(translate("search_text", 'đðłøıħŧŀſ', 'ddloihtls'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'), 'ŋ', 'ng'), 'ĳ', 'ij') WHERE "search_text" ~ '[đðłøıħŧŀſæœßþŋĳ]';
--> statement-breakpoint
UPDATE "delegates" SET "search_text" = replace(replace(replace(replace(replace(replace(translate("search_text", 'đðłøıħŧŀſ', 'ddloihtls'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'), 'ŋ', 'ng'), 'ĳ', 'ij') WHERE "search_text" ~ '[đðłøıħŧŀſæœßþŋĳ]';
--> statement-breakpoint
UPDATE "units" SET "search_text" = replace(replace(replace(replace(replace(replace(translate("search_text", 'đðłøıħŧŀſ', 'ddloihtls'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'), 'ŋ', 'ng'), 'ĳ', 'ij') WHERE "search_text" ~ '[đðłøıħŧŀſæœßþŋĳ]';
--> statement-breakpoint
UPDATE "users" SET "search_text" = replace(replace(replace(replace(replace(replace(translate("search_text", 'đðłøıħŧŀſ', 'ddloihtls'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'), 'ŋ', 'ng'), 'ĳ', 'ij') WHERE "search_text" ~ '[đðłøıħŧŀſæœßþŋĳ]';
--> statement-breakpoint
UPDATE "target_agencies" SET "search_text" = replace(replace(replace(replace(replace(replace(translate("search_text", 'đðłøıħŧŀſ', 'ddloihtls'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'), 'ŋ', 'ng'), 'ĳ', 'ij') WHERE "search_text" ~ '[đðłøıħŧŀſæœßþŋĳ]';
--> statement-breakpoint
UPDATE "workplan_activities" SET "search_text" = replace(replace(replace(replace(replace(replace(translate("search_text", 'đðłøıħŧŀſ', 'ddloihtls'), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'), 'ŋ', 'ng'), 'ĳ', 'ij') WHERE "search_text" ~ '[đðłøıħŧŀſæœßþŋĳ]';
