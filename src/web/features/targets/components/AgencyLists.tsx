import { useState } from "react";
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import type { Progress } from "../api/types";
import { useTargetNames } from "./labels";

const SHOWN = 12;

function NameList({
  id,
  title,
  codes,
  byCode,
}: {
  id: string;
  title: string;
  codes: string[];
  byCode: Map<string, string>;
}) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? codes : codes.slice(0, SHOWN);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={3} fz="h5" id={id}>
          {title}
        </Title>
        {codes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("targets.lists.none")}
          </Text>
        ) : (
          <Text size="sm" component="ul" m={0} pl={0} style={{ listStyle: "none" }} data-testid={id}>
            {shown.map((c, i) => (
              <Text component="li" key={c} size="sm" display="inline">
                {byCode.get(c) ?? c}
                {i < shown.length - 1 ? ", " : ""}
              </Text>
            ))}
          </Text>
        )}
        {codes.length > SHOWN && (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setAll((x) => !x)} aria-expanded={all}>
              {all ? t("targets.lists.showLess") : t("targets.lists.showAll", { n: codes.length })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Who has not reported the period under review, who awaits review, who lags. */
export function AgencyLists({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  const names = useTargetNames();
  const byCode = new Map(progress.agencies.map((a) => [a.code, names.name(a)]));
  const sortNames = (codes: string[]) =>
    [...codes].sort((a, b) => (byCode.get(a) ?? a).localeCompare(byCode.get(b) ?? b, "vi"));
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <NameList
        id="list-lagging"
        title={t("targets.lists.lagging", { n: progress.lagging.length })}
        codes={sortNames(progress.lagging)}
        byCode={byCode}
      />
      <NameList
        id="list-not-reported"
        title={
          progress.period === null
            ? t("targets.lists.notReportedNone")
            : t("targets.lists.notReported", { period: progress.period, n: progress.notReported.length })
        }
        codes={sortNames(progress.notReported)}
        byCode={byCode}
      />
      <NameList
        id="list-awaiting"
        title={t("targets.lists.awaiting", { n: progress.awaitingReview.length })}
        codes={sortNames(progress.awaitingReview)}
        byCode={byCode}
      />
    </SimpleGrid>
  );
}
