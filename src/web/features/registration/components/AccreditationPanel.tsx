import { useState } from "react";
import {
  Avatar,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useNotify } from "./notify";
import { useI18n } from "../../../lib/i18n";
import { statusLabels } from "../../../lib/statusLabels";
import { usePhone } from "./usePhone";
import { Dialog } from "./Dialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { PagedList, PagedSearch } from "../../../components/PagedList";
import { useDelegatesPage } from "../api/delegates";
import { useAccredit } from "../api/accredit";
import type { AccreditationStatus, Delegate } from "../api/types";
import { AccreditationBadge } from "./labels";
import { useFieldChecks } from "../../../components/fieldChecks";
import { useRetained } from "../../../lib/useRetained";

type Filter = "pending" | "all" | "accredited" | "rejected";

/** The host accredits or rejects each delegate (a rejection needs a reason); new and changed ones stand out. */
export function AccreditationPanel({
  meetingId,
  delegationId,
  added,
  changed,
  latest,
}: {
  meetingId: string;
  delegationId: string;
  /** Delegate ids new or changed in the latest submission. */
  added: Set<string>;
  changed: Set<string>;
  latest: number | null;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const accredit = useAccredit(meetingId, delegationId);
  const phone = usePhone();
  const [filter, setFilter] = useState<Filter>("pending");
  // One page at a time, searched and filtered by status on the server.
  const delegates = useDelegatesPage(meetingId, delegationId, { status: filter === "all" ? undefined : filter });
  const [rejecting, setRejecting] = useState<Delegate | null>(null);
  const shownRejecting = useRetained(rejecting);
  const [reason, setReason] = useState("");
  const check = useFieldChecks();
  const act = (d: Delegate, status: AccreditationStatus, why?: string) =>
    accredit.mutate(
      { id: d.id, version: d.version, status, reason: why ?? null },
      {
        onSuccess: (res) => {
          setRejecting(null);
          setReason("");
          notify(t(`registration.accreditation.done.${res.accreditationStatus}`, { name: res.fullName }));
        },
      },
    );
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="accreditation-title"
    >
      <Stack gap="sm">
        <Title order={2} fz="h4" id="accreditation-title">
          {t("registration.accreditation.title")}
        </Title>
        <Group align="flex-end" gap="md">
          <PagedSearch paged={delegates} label={t("registration.delegates.search")} />
          <SegmentedControl
            aria-label={t("registration.accreditation.filter")}
            value={filter}
            onChange={(v) => setFilter(v)}
            data={(["pending", "all", "accredited", "rejected"] as const).map((f) => ({
              value: f,
              label: t(f === "all" ? "registration.accreditation.filter.all" : statusLabels.accreditation[f]),
            }))}
            w={{ base: "100%", sm: "auto" }}
          />
        </Group>
        <ErrorAlert error={accredit.error} />
        <PagedList
          paged={delegates}
          empty={t("registration.delegates.empty")}
          noMatch={delegates.searched ? undefined : t(`registration.accreditation.none.${filter}`)}
        >
          {(shown) => {
            const cells = (d: Delegate) => {
              const isNew = added.has(d.id);
              const isChanged = changed.has(d.id);
              return {
                bg: isNew ? "green.0" : isChanged ? "orange.0" : undefined,
                name: (
                  <Group gap="sm" wrap="nowrap">
                    <Avatar src={d.photoUrl} alt="" size="md" radius="sm" />
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {d.honorific ? `${d.honorific} ` : ""}
                        {d.fullName}
                      </Text>
                      <Group gap={4}>
                        {isNew && latest && (
                          <Badge size="xs" color="green" variant="light" tt="none">
                            {t("registration.accreditation.newIn", { n: latest })}
                          </Badge>
                        )}
                        {isChanged && latest && (
                          <Badge size="xs" color="orange" variant="light" tt="none">
                            {t("registration.accreditation.changedIn", { n: latest })}
                          </Badge>
                        )}
                        {!d.photoUrl && (
                          <Badge size="xs" color="gray" variant="outline" tt="none">
                            {t("registration.photo.missing")}
                          </Badge>
                        )}
                      </Group>
                    </Stack>
                  </Group>
                ),
                role: (
                  <>
                    <Text size="sm">{t(`registration.role.${d.role}`)}</Text>
                    {d.position && (
                      <Text size="xs" c="dimmed">
                        {d.position}
                      </Text>
                    )}
                  </>
                ),
                status: (
                  <>
                    <AccreditationBadge status={d.accreditationStatus} />
                    {d.accreditationReason && (
                      <Text size="xs" c="dimmed">
                        {d.accreditationReason}
                      </Text>
                    )}
                  </>
                ),
                actions: (
                  <Group gap={4} wrap="nowrap">
                    {d.accreditationStatus !== "accredited" && (
                      <Button
                        size="compact-sm"
                        color="green"
                        variant="light"
                        loading={
                          accredit.isPending &&
                          accredit.variables.id === d.id &&
                          accredit.variables.status === "accredited"
                        }
                        onClick={() => act(d, "accredited")}
                        aria-label={t("registration.accreditation.accreditOf", { name: d.fullName })}
                      >
                        {t("registration.accreditation.accredit")}
                      </Button>
                    )}
                    {d.accreditationStatus !== "rejected" && (
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        onClick={() => setRejecting(d)}
                        aria-label={t("registration.accreditation.rejectOf", { name: d.fullName })}
                      >
                        {t("registration.accreditation.reject")}
                      </Button>
                    )}
                    {d.accreditationStatus !== "pending" && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => act(d, "pending")}
                        aria-label={t("registration.accreditation.resetOf", { name: d.fullName })}
                      >
                        {t("registration.accreditation.reset")}
                      </Button>
                    )}
                  </Group>
                ),
              };
            };
            if (phone) {
              // On a phone each delegate is a card: nothing to scroll sideways.
              return (
                <Stack
                  gap="xs"
                  component="ul"
                  p={0}
                  m={0}
                  style={{ listStyle: "none" }}
                  aria-label={t("registration.accreditation.title")}
                >
                  {shown.map((d) => {
                    const c = cells(d);
                    return (
                      <Paper key={d.id} component="li" withBorder radius="md" p="sm" bg={c.bg}>
                        <Stack gap={6}>
                          {c.name}
                          <Group justify="space-between" align="flex-start" gap="xs">
                            <Stack gap={0}>{c.role}</Stack>
                            <Stack gap={0} align="flex-end">
                              {c.status}
                            </Stack>
                          </Group>
                          {c.actions}
                        </Stack>
                      </Paper>
                    );
                  })}
                </Stack>
              );
            }
            return (
              <Table verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("registration.field.fullName")}</Table.Th>
                    <Table.Th>{t("registration.field.role")}</Table.Th>
                    <Table.Th>{t("registration.accreditation.status")}</Table.Th>
                    <Table.Th>{t("registration.accreditation.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((d) => {
                    const c = cells(d);
                    return (
                      <Table.Tr key={d.id} bg={c.bg}>
                        <Table.Td>{c.name}</Table.Td>
                        <Table.Td>{c.role}</Table.Td>
                        <Table.Td>{c.status}</Table.Td>
                        <Table.Td>{c.actions}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            );
          }}
        </PagedList>
      </Stack>
      <Dialog
        opened={!!rejecting}
        onClose={() => setRejecting(null)}
        title={shownRejecting ? t("registration.accreditation.rejectTitle", { name: shownRejecting.fullName }) : ""}
      >
        {rejecting && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim() && !check.tooLong(reason, 500)) act(rejecting, "rejected", reason.trim());
            }}
          >
            <Stack gap="sm">
              <Textarea
                label={t("registration.accreditation.reasonLabel")}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                required
                autosize
                minRows={2}
                error={check.tooLong(reason, 500)}
                data-autofocus
              />
              <ErrorAlert error={accredit.error} />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={() => setRejecting(null)}>
                  {t("common.cancel")}
                </Button>
                <Button type="submit" color="red" disabled={!reason.trim()} loading={accredit.isPending}>
                  {t("registration.accreditation.reject")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Dialog>
    </Paper>
  );
}
