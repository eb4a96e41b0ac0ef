import { useState } from "react";
import { Badge, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { PeriodFields } from "./PeriodFields";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { useSignIns, type SignIn } from "../api/audit";
import { AuditPager, useFilterParams } from "./AuditPage";
import { PersonPicker } from "./SearchPicker";

const outcomeColor: Record<SignIn["outcome"], string> = {
  success: "green",
  failure: "orange",
  lockout: "red",
  signout: "gray",
};

/** Sign-ins in their own view: successes, failures, lockouts and sign-outs, by person and time. */
export function SignInsPage() {
  const { t, fmtDateTime } = useI18n();
  const f = useFilterParams();
  const [from, setFrom] = useState<string | null>(f.get("from") ?? "");
  const [to, setTo] = useState<string | null>(f.get("to") ?? "");
  const userId = f.get("userId");
  const signIns = useSignIns({ userId, from: f.get("from"), to: f.get("to"), page: f.page });
  const rows = signIns.data?.rows ?? [];
  return (
    <Page title={t("admin.signIns.title")} description={t("admin.signIns.description")}>
      <Paper withBorder radius="md" p="md">
        <Group component="form" aria-label={t("admin.audit.filters")} align="flex-start" gap="sm" wrap="wrap">
          <PersonPicker
            id="sign-ins-person"
            label={t("admin.signIns.person")}
            value={userId ?? null}
            valueLabel={userId ? (rows.find((r) => r.userId === userId)?.userLabel ?? null) : null}
            onChange={(id) => f.set({ userId: id })}
          />
          <PeriodFields from={from} to={to} setFrom={setFrom} setTo={setTo} onChange={(patch) => f.set(patch)} />
        </Group>
      </Paper>
      {signIns.isPending ? (
        <Loading />
      ) : signIns.isError ? (
        <ErrorState error={signIns.error} onRetry={() => void signIns.refetch()} />
      ) : signIns.data.total === 0 ? (
        <EmptyState>{t("admin.signIns.empty")}</EmptyState>
      ) : (
        <Stack gap="sm">
          <AuditPager
            page={f.page}
            total={signIns.data.total}
            shown={rows.length}
            onChange={(p) => f.set({ page: String(p) }, true)}
          />
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("admin.signIns.at")}</Table.Th>
                    <Table.Th>{t("admin.signIns.person")}</Table.Th>
                    <Table.Th>{t("admin.signIns.outcome")}</Table.Th>
                    <Table.Th>{t("admin.signIns.ip")}</Table.Th>
                    <Table.Th>{t("admin.signIns.userAgent")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <time dateTime={r.at}>{fmtDateTime(r.at)}</time>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: "anywhere" }}>
                        {r.userLabel ?? t("admin.signIns.unknown")}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={outcomeColor[r.outcome]} variant="light" tt="none">
                          {t(`admin.signIns.outcome.${r.outcome}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {r.ip ?? (
                          <Text span c="dimmed" size="sm">
                            {t("admin.signIns.notRecorded")}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: "anywhere" }}>
                        {r.userAgent ?? (
                          <Text span c="dimmed" size="sm">
                            {t("admin.signIns.notRecorded")}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
    </Page>
  );
}
