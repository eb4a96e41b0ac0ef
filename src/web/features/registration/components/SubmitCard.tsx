import { useState } from "react";
import { Alert, Button, Collapse, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { useSubmitList } from "../api/submit";
import { useUnsubmitted } from "../api/unsubmitted";
import type { Overview } from "../api/types";
import { DiffView } from "./DiffView";
import { useFieldChecks } from "../../../components/fieldChecks";

/** Where the list stands against the last submission, and the button that submits it as the next version. */
export function SubmitCard({ o }: { o: Overview }) {
  const { t, fmtDateTime } = useI18n();
  const notify = useNotify();
  const submit = useSubmitList(o.meeting.id, o.delegation.id);
  const [note, setNote] = useState("");
  const check = useFieldChecks();
  const [show, setShow] = useState(false);
  const unsubmitted = useUnsubmitted(o.meeting.id, o.delegation.id);
  const u = o.unsubmitted;
  const changes = u.added + u.removed + u.changed;
  const latest = o.latestVersion;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="submit-title"
      bg={changes ? "blue.0" : undefined}
    >
      <Stack gap="sm">
        <Text fw={700} id="submit-title">
          {latest
            ? t("registration.submit.latest", {
                n: latest.number,
                date: fmtDateTime(latest.submittedAt, { timeZone: o.meeting.timeZone }),
                name: latest.submittedByName,
              })
            : t("registration.submit.never")}
        </Text>
        {changes > 0 ? (
          <Text size="sm">
            {t("registration.submit.changes", { added: u.added, removed: u.removed, changed: u.changed })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {latest ? t("registration.submit.noChanges") : t("registration.submit.emptyHint")}
          </Text>
        )}
        {o.closed && (
          <Alert color="orange" variant="light" p="xs">
            <Text size="sm">{t("registration.submit.afterDeadline")}</Text>
          </Alert>
        )}
        {changes > 0 && (
          <>
            <Group gap="xs">
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setShow((s) => !s)}
                aria-expanded={show}
                aria-controls="unsubmitted-diff"
              >
                {show ? t("registration.submit.hideChanges") : t("registration.submit.showChanges")}
              </Button>
            </Group>
            <Collapse expanded={show} id="unsubmitted-diff">
              {show && (
                <QueryState query={unsubmitted}>{(d) => <DiffView diff={d} sessions={o.sessions} />}</QueryState>
              )}
            </Collapse>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t("registration.submit.note")}
                placeholder={t("registration.submit.notePlaceholder")}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={check.tooLong(note, 1000)}
                style={{ flex: "1 1 16rem" }}
              />
              <Button
                loading={submit.isPending}
                onClick={() =>
                  !check.tooLong(note, 1000) &&
                  submit.mutate(note.trim() || null, {
                    onSuccess: (v) => {
                      setNote("");
                      setShow(false);
                      notify(t("registration.submit.done", { n: v.number }));
                    },
                  })
                }
              >
                {t("registration.submit.button")}
              </Button>
            </Group>
          </>
        )}
        <ErrorAlert error={submit.error} />
      </Stack>
    </Paper>
  );
}
