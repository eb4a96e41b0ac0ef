import { Button, Group, MultiSelect, Select, Stack, TextInput } from "@mantine/core";
import { mealKinds, type MealKind } from "../../../../../shared/logistics";
import { formatDay } from "../../../../../shared/dates";
import { useI18n } from "../../../../lib/i18n";
import { ErrorAlert } from "../../../../components/ErrorAlert";
import { DateTimeField, joinDateTime } from "../../../../components/DateTimeField";
import { foldFilter } from "../../../../components/foldFilter";
import { orNull, parsedInputProps, useCheckedForm } from "../../../../components/useCheckedForm";
import { useSaveMeal, type Meal, type MealBody, type MealOptions } from "../../api/meals";
import { kindKey } from "./labels";

const NAME_MAX = 200;
const PLACE_MAX = 300;

type Values = {
  kind: MealKind;
  nameVi: string;
  nameEn: string;
  atDate: string | null;
  atTime: string | null;
  place: string;
  cutDate: string | null;
  cutTime: string | null;
  sessionIds: string[];
};

/** Adds or changes a meal: kind, names, time, place, cut-off (not after the meal), linked sessions. */
export function MealForm({
  meetingId,
  meal,
  options,
  onDone,
}: {
  meetingId: string;
  meal: Meal | null;
  options: MealOptions;
  onDone: (name: string) => void;
}) {
  const { t, lang } = useI18n();
  const save = useSaveMeal(meetingId);
  const required = t("common.field.required", { field: t("meals.field.cutoff") });
  const form = useCheckedForm<Values>({
    initialValues: {
      kind: meal?.kind ?? "lunch",
      nameVi: meal?.nameVi ?? "",
      nameEn: meal?.nameEn ?? "",
      atDate: meal ? meal.at.slice(0, 10) : "",
      atTime: meal ? meal.at.slice(11, 16) : "",
      place: meal?.place ?? "",
      cutDate: meal?.cutoffAt ? meal.cutoffAt.slice(0, 10) : "",
      cutTime: meal?.cutoffAt ? meal.cutoffAt.slice(11, 16) : "",
      sessionIds: meal?.sessionIds ?? [],
    },
    required: {
      nameVi: t("meals.field.nameVi"),
      atDate: t("meals.field.at"),
      atTime: t("meals.field.at"),
    },
    limits: { nameVi: NAME_MAX, nameEn: NAME_MAX, place: PLACE_MAX },
    dates: ["atDate", "cutDate"],
    times: ["atTime", "cutTime"],
    rules: (v) => {
      const at = joinDateTime(v.atDate, v.atTime);
      const cut = joinDateTime(v.cutDate, v.cutTime);
      return {
        cutDate:
          (cut.date === "missing" && required) ||
          (at.value && cut.value && cut.value > at.value && t("meals.cutoffAfter")),
        cutTime: cut.time === "missing" && required,
      };
    },
  });
  const atDate = parsedInputProps(form, "atDate");
  const atTime = parsedInputProps(form, "atTime");
  const cutDate = parsedInputProps(form, "cutDate");
  const cutTime = parsedInputProps(form, "cutTime");
  const sessionLabel = (s: MealOptions["sessions"][number]) =>
    `${formatDay(lang, s.start.slice(0, 10))} ${s.start.slice(11, 16)} — ${lang === "en" ? s.titleEn || s.titleVi : s.titleVi}`;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const body: MealBody = {
          kind: v.kind,
          nameVi: v.nameVi.trim(),
          nameEn: v.nameEn.trim(),
          at: joinDateTime(v.atDate, v.atTime).value ?? "",
          place: orNull(v.place),
          cutoffAt: joinDateTime(v.cutDate, v.cutTime).value || null,
          sessionIds: v.sessionIds,
        };
        save.mutate(meal ? { id: meal.id, version: meal.version, body } : { body }, {
          onSuccess: (saved) => onDone(saved.name),
        });
      })}
    >
      <Stack gap="sm">
        <Select
          label={t("meals.field.kind")}
          data={mealKinds.map((k) => ({ value: k, label: t(kindKey[k]) }))}
          value={form.values.kind}
          onChange={(k) => {
            const found = mealKinds.find((x) => x === k);
            if (found) form.setFieldValue("kind", found);
          }}
          allowDeselect={false}
        />
        <TextInput label={t("meals.field.nameVi")} withAsterisk {...form.getInputProps("nameVi")} />
        <TextInput label={t("meals.field.nameEn")} {...form.getInputProps("nameEn")} />
        <DateTimeField
          label={t("meals.field.at")}
          name="at"
          date={atDate.value}
          time={atTime.value}
          onDateChange={atDate.onChange}
          onTimeChange={atTime.onChange}
          dateError={atDate.error}
          timeError={atTime.error}
        />
        <TextInput label={t("meals.field.place")} {...form.getInputProps("place")} />
        <DateTimeField
          label={t("meals.field.cutoff")}
          description={t("meals.field.cutoffHint")}
          name="cutoff"
          date={cutDate.value}
          time={cutTime.value}
          onDateChange={cutDate.onChange}
          onTimeChange={cutTime.onChange}
          dateError={cutDate.error}
          timeError={cutTime.error}
        />
        <MultiSelect
          label={t("meals.field.sessions")}
          description={t("meals.field.sessionsHint")}
          data={options.sessions.map((s) => ({ value: s.id, label: sessionLabel(s) }))}
          value={form.values.sessionIds}
          onChange={(v) => form.setFieldValue("sessionIds", v)}
          searchable
          filter={foldFilter}
          clearable
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t("meals.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
