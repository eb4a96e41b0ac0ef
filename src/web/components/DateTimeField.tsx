import { useId, type CSSProperties, type ReactNode } from "react";
import { Fieldset, Group, Text } from "@mantine/core";
import { useI18n } from "../lib/i18n";
import { DateField } from "./DateField";
import { TimeField } from "./TimeField";

/** Hidden from sight, read by screen readers: the legend already says what the pair is. */
const hiddenLabel: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

/**
 * A moment typed as a day and a time side by side (dd/mm/yyyy and 24-hour hh:mm), e.g. a registration deadline in
 * the meeting's time zone. A fieldset: its legend is `label`, and each input keeps its own label ("Date", "Time")
 * for screen readers. Both parts follow the `DateField` / `TimeField` contract; `joinDateTime` combines them.
 */
export function DateTimeField({
  label,
  description,
  date,
  time,
  onDateChange,
  onTimeChange,
  dateError,
  timeError,
  name,
  style,
}: {
  label: ReactNode;
  description?: ReactNode;
  date: string | null;
  time: string | null;
  onDateChange: (value: string | null) => void;
  onTimeChange: (value: string | null) => void;
  dateError?: ReactNode;
  timeError?: ReactNode;
  /** The inputs are named `${name}-date` and `${name}-time`. */
  name?: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const descriptionId = useId();
  return (
    <Fieldset
      variant="unstyled"
      // Laid out like a Mantine input's label (an inline-block in a line of body text), so the pair lines up with
      // the fields beside it.
      legend={
        <span
          style={{
            display: "inline-block",
            fontSize: "var(--mantine-font-size-sm)",
            fontWeight: "var(--mantine-font-weight-medium)",
          }}
        >
          {label}
        </span>
      }
      aria-describedby={description ? descriptionId : undefined}
      style={[{ margin: 0, minWidth: 0 }, style]}
      styles={{
        legend: {
          fontSize: "var(--mantine-font-size-md)",
          lineHeight: "var(--mantine-line-height)",
          marginBottom: 0,
          padding: 0,
        },
      }}
    >
      {description && (
        <Text id={descriptionId} size="xs" c="dimmed" lh={1.2} mb={5}>
          {description}
        </Text>
      )}
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <DateField
          label={t("common.date.label")}
          styles={{ label: hiddenLabel }}
          value={date}
          onChange={onDateChange}
          error={dateError}
          name={name && `${name}-date`}
          style={{ flex: "3 1 0", minWidth: 0 }}
        />
        <TimeField
          label={t("common.time.label")}
          styles={{ label: hiddenLabel }}
          value={time}
          onChange={onTimeChange}
          error={timeError}
          name={name && `${name}-time`}
          style={{ flex: "2 1 0", minWidth: 0 }}
        />
      </Group>
    </Fieldset>
  );
}

/**
 * The wall-clock moment "yyyy-MM-ddTHH:mm" from a date and a time as the fields report them: "" when both are
 * empty; otherwise what is wrong with each part, for the form to show ("invalid": not a real day or time,
 * "missing": the other part was given).
 */
export function joinDateTime(
  date: string | null,
  time: string | null,
): { value: string | null; date?: "invalid" | "missing"; time?: "invalid" | "missing" } {
  const d = date === null ? "invalid" : date === "" && time !== "" ? "missing" : undefined;
  const tm = time === null ? "invalid" : time === "" && date !== "" ? "missing" : undefined;
  if (d || tm) return { value: null, date: d, time: tm };
  return { value: date && time ? `${date}T${time}` : "" };
}
