import { useState } from "react";
import {
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useNotify } from "../../../lib/notify";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryState } from "../../../components/QueryState";
import { useCheckedForm } from "../../../components/useCheckedForm";
import { useRules, useSaveRules } from "../api/rules";
import { routeSteps, type Rule, type RuleTable } from "../api/types";
import { useRetained } from "../../../lib/useRetained";

/** The conditions of a rule in words: "Outbound delegation · Deputy Minister · Out of plan". */
function useWhen() {
  const { t } = useI18n();
  return (r: Rule) => {
    const w = r.when;
    const parts = [
      ...(w.kinds ?? []).map((k) => t(`cooperation.kind.${k}`)),
      ...(w.leaderRanks ?? []).map((k) => t(`cooperation.rank.${k}`)),
      w.inPlan === undefined ? null : t(w.inPlan ? "cooperation.rules.inPlan" : "cooperation.rules.notInPlan"),
      w.inPmPlan === undefined ? null : t(w.inPmPlan ? "cooperation.rules.inPmPlan" : "cooperation.rules.notInPmPlan"),
      ...(w.fundingSources ?? []).map((k) => t(`cooperation.funding.${k}`)),
      ...(w.partnerKinds ?? []).map((k) => t(`cooperation.partnerKind.${k}`)),
    ].filter((p): p is string => !!p);
    return parts.length ? parts.join(" · ") : t("cooperation.rules.any");
  };
}

function RuleEditor({ table, rule, onClose }: { table: RuleTable; rule: Rule; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const save = useSaveRules();
  const form = useCheckedForm({
    initialValues: {
      steps: rule.steps,
      leadDays: rule.leadDays,
      resultsDays: rule.resultsDays,
      reasonVi: rule.reasonVi,
      reasonEn: rule.reasonEn,
      note: "",
    },
    required: { steps: t("cooperation.rules.steps") },
    limits: { reasonVi: 1000, reasonEn: 1000, note: 1000 },
    rules: (v) => ({
      leadDays: typeof v.leadDays !== "number" && t("cooperation.form.notNumber"),
      resultsDays: typeof v.resultsDays !== "number" && t("cooperation.form.notNumber"),
    }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const next: Rule = {
          ...rule,
          steps: v.steps,
          leadDays: Number(v.leadDays),
          resultsDays: Number(v.resultsDays),
          reasonVi: v.reasonVi,
          reasonEn: v.reasonEn,
        };
        save.mutate(
          {
            version: table.version,
            rules: table.rules.map((r) => (r.id === rule.id ? next : r)),
            note: v.note || null,
          },
          {
            onSuccess: () => {
              notify(t("cooperation.rules.saved"));
              onClose();
            },
          },
        );
      })}
    >
      <Stack gap="sm">
        <MultiSelect
          label={t("cooperation.rules.steps")}
          data={routeSteps.map((s) => ({ value: s, label: t(`cooperation.step.${s}`) }))}
          {...form.getInputProps("steps")}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t("cooperation.rules.leadDaysLabel")}
            {...form.getInputProps("leadDays")}
            min={0}
            max={365}
            allowDecimal={false}
          />
          <NumberInput
            label={t("cooperation.rules.resultsDaysLabel")}
            {...form.getInputProps("resultsDays")}
            min={0}
            max={365}
            allowDecimal={false}
          />
        </SimpleGrid>
        <Textarea label={t("cooperation.rules.reasonVi")} {...form.getInputProps("reasonVi")} autosize />
        <Textarea label={t("cooperation.rules.reasonEn")} {...form.getInputProps("reasonEn")} autosize lang="en" />
        <Textarea label={t("cooperation.rules.note")} {...form.getInputProps("note")} autosize />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("cooperation.rules.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The decision table: every rule with its conditions, route and lead time; the ICD and administrators edit it. */
export function RulesPage() {
  const { t, lang } = useI18n();
  const rules = useRules();
  const when = useWhen();
  const [editing, setEditing] = useState<Rule | null>(null);
  const shownEditing = useRetained(editing);
  return (
    <Page title={t("cooperation.rules.title")} description={t("cooperation.rules.description")}>
      <QueryState query={rules} isEmpty={(d) => d.rules.length === 0} empty={t("cooperation.rules.empty")}>
        {(table) => {
          const canEdit = table.canEdit;
          return (
            <Stack gap="sm">
              <Group gap="sm">
                <Badge variant="light" tt="none">
                  {t("cooperation.rules.version", { version: table.version })}
                </Badge>
                {!canEdit && (
                  <Text size="sm" c="dimmed">
                    {t("cooperation.rules.readOnly")}
                  </Text>
                )}
              </Group>
              <Stack gap="sm" component="ol" style={{ listStyle: "none", margin: 0, padding: 0 }}>
                {table.rules.map((r, i) => (
                  <Paper key={r.id} withBorder radius="md" p="md" component="li" data-rule={r.id}>
                    <Stack gap={6}>
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <Title order={2} size="h5">
                          {i + 1}. {lang === "en" ? r.nameEn : r.nameVi}
                        </Title>
                        {canEdit && (
                          <Button size="compact-sm" variant="default" onClick={() => setEditing(r)}>
                            {t("cooperation.rules.edit")}
                          </Button>
                        )}
                      </Group>
                      <Text size="sm">
                        <Text span fw={600}>
                          {t("cooperation.rules.when")}:{" "}
                        </Text>
                        {when(r)}
                      </Text>
                      <Text size="sm">
                        <Text span fw={600}>
                          {t("cooperation.rules.steps")}:{" "}
                        </Text>
                        {r.steps.map((s) => t(`cooperation.step.${s}`)).join(" → ")}
                      </Text>
                      <Text size="sm">
                        <Text span fw={600}>
                          {t("cooperation.rules.lead")}:{" "}
                        </Text>
                        {t("cooperation.rules.leadDays", { n: r.leadDays })} ·{" "}
                        {t("cooperation.rules.resultsDays", { n: r.resultsDays })}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {lang === "en" ? r.reasonEn : r.reasonVi}
                      </Text>
                    </Stack>
                  </Paper>
                ))}
              </Stack>
              <Modal
                opened={!!editing}
                onClose={() => setEditing(null)}
                title={shownEditing ? (lang === "en" ? shownEditing.nameEn : shownEditing.nameVi) : ""}
                size="lg"
                closeButtonProps={{ "aria-label": t("common.close") }}
              >
                {editing && <RuleEditor table={table} rule={editing} onClose={() => setEditing(null)} />}
              </Modal>
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}
