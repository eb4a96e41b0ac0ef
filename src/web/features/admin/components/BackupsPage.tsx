import { useState } from "react";
import { Alert, Button, Code, Paper, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { Page } from "../../../components/Page";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/QueryState";
import { downloadBackup, useBackups, useTakeBackup } from "../api/backups";

/** Backups: the files of the backup folder, a download of each, and a backup taken now. */
export function BackupsPage() {
  const { t, fmtDateTime, fmtNumber } = useI18n();
  const backups = useBackups();
  const take = useTakeBackup();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const size = (n: number) =>
    `${fmtNumber(n / 1024 / 1024, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
  const postgres = backups.data?.engine === "postgres";
  return (
    <Page
      title={t("admin.backups.title")}
      description={t("admin.backups.description")}
      actions={
        !postgres && (
          <Button onClick={() => take.mutate()} loading={take.isPending} disabled={backups.isPending}>
            {t("admin.backups.take")}
          </Button>
        )
      }
    >
      {take.isSuccess && (
        <Alert color="green" variant="light" role="status">
          {t("admin.backups.taken", { name: take.data.name, size: size(take.data.size) })}
        </Alert>
      )}
      <ErrorAlert error={take.error ?? downloadError} />
      {backups.isPending ? (
        <Loading />
      ) : backups.isError ? (
        <ErrorState error={backups.error} onRetry={() => void backups.refetch()} />
      ) : postgres ? (
        <Alert color="blue" variant="light" title={t("admin.backups.pgTitle")}>
          <Stack gap="xs">
            <Text size="sm">{t("admin.backups.pgText")}</Text>
            <Code block>pg_dump --format=custom --file=focal.dump "$DATABASE_URL"</Code>
            <Code block>pg_restore --clean --if-exists --dbname="$DATABASE_URL" focal.dump</Code>
          </Stack>
        </Alert>
      ) : backups.data.items.length === 0 ? (
        <EmptyState>{t("admin.backups.empty")}</EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" aria-label={t("admin.backups.list")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("admin.backups.file")}</Table.Th>
                  <Table.Th>{t("admin.backups.at")}</Table.Th>
                  <Table.Th ta="right">{t("admin.backups.size")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.data.items.map((b) => (
                  <Table.Tr key={b.name}>
                    <Table.Td style={{ overflowWrap: "anywhere" }}>{b.name}</Table.Td>
                    <Table.Td>
                      <time dateTime={b.createdAt}>{fmtDateTime(b.createdAt)}</time>
                    </Table.Td>
                    <Table.Td ta="right">{size(b.size)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="default"
                        loading={busy === b.name}
                        aria-label={t("admin.backups.downloadOf", { name: b.name })}
                        onClick={() => {
                          setBusy(b.name);
                          setDownloadError(null);
                          downloadBackup(b.name)
                            .catch(setDownloadError)
                            .finally(() => setBusy(null));
                        }}
                      >
                        {t("admin.backups.download")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Text size="xs" c="dimmed">
        {t("admin.backups.restoreHint")}
      </Text>
    </Page>
  );
}
