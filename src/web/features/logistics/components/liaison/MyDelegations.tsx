import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../../../lib/i18n";
import { EmptyState, QueryState } from "../../../../components/QueryState";
import { dmy } from "../../../../../shared/dates";
import type { DelegationContacts } from "../../../../../shared/schemas/liaison";
import { useMyLiaison } from "../../api/liaison";

type Person = NonNullable<DelegationContacts["head"]>;

/** A phone number and an e-mail one tap away. */
function Reach({ p }: { p: { fullName: string; phone: string | null; email: string | null } }) {
  const { t } = useI18n();
  return (
    <Group gap="sm" wrap="wrap">
      {p.phone && (
        <Anchor
          href={`tel:${p.phone.replace(/[^\d+]/g, "")}`}
          aria-label={t("liaison.mine.call", { name: p.fullName })}
        >
          {p.phone}
        </Anchor>
      )}
      {p.email && (
        <Anchor
          href={`mailto:${p.email}`}
          aria-label={t("liaison.mine.mail", { name: p.fullName })}
          style={{ wordBreak: "break-all" }}
        >
          {p.email}
        </Anchor>
      )}
    </Group>
  );
}

function travel(p: Person) {
  const arrival = [p.arrivalFlight, p.arrivalDate ? dmy(p.arrivalDate) : null, p.arrivalTime, p.arrivalAirport]
    .filter(Boolean)
    .join(" · ");
  const departure = [p.departureFlight, p.departureDate ? dmy(p.departureDate) : null, p.departureTime]
    .filter(Boolean)
    .join(" · ");
  return { arrival, departure };
}

function DelegationCard({ d }: { d: DelegationContacts }) {
  const { t, lang } = useI18n();
  const head = d.head;
  const trip = head ? travel(head) : null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`del-${d.id}`}>
      <Stack gap="xs">
        <Title order={3} id={`del-${d.id}`} size="h4">
          {lang === "en" ? d.nameEn : d.nameVi}
        </Title>
        <Group gap={4}>
          {d.languages.map((l) => (
            <Badge key={l} variant="light" tt="none">
              {l}
            </Badge>
          ))}
        </Group>
        {head && (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t("liaison.mine.head")}
            </Text>
            <Text fw={600}>{[head.honorific, head.fullName].filter(Boolean).join(" ")}</Text>
            {head.position && <Text size="sm">{head.position}</Text>}
            <Reach p={head} />
            {trip?.arrival && (
              <Text size="sm">
                {t("liaison.mine.arrival")}: {trip.arrival}
              </Text>
            )}
            {trip?.departure && (
              <Text size="sm">
                {t("liaison.mine.departure")}: {trip.departure}
              </Text>
            )}
            {head.hotel && (
              <Text size="sm">
                {t("liaison.mine.hotel")}: {head.hotel}
              </Text>
            )}
          </Stack>
        )}
        {d.contactEmail && (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t("liaison.mine.contact")}
            </Text>
            <Text size="sm">{d.contactName}</Text>
            <Reach p={{ fullName: d.contactName ?? d.contactEmail, phone: null, email: d.contactEmail }} />
          </Stack>
        )}
        <Text size="sm" c="dimmed" mt="xs">
          {t("liaison.mine.members")}
        </Text>
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {d.delegates
            .filter((p) => p.id !== head?.id)
            .map((p) => (
              <li key={p.id}>
                <Text size="sm" fw={500}>
                  {p.fullName}
                  {p.position ? ` — ${p.position}` : ""}
                </Text>
                <Reach p={p} />
                {travel(p).arrival && (
                  <Text size="xs" c="dimmed">
                    {t("liaison.mine.arrival")}: {travel(p).arrival}
                  </Text>
                )}
              </li>
            ))}
        </Stack>
      </Stack>
    </Card>
  );
}

/** The liaison officer's own page (a phone in the hand): the delegations they accompany and their contacts. */
export function MyDelegations({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const mine = useMyLiaison(meetingId);
  return (
    <Stack gap="md">
      <Title order={2}>{t("liaison.mine.title")}</Title>
      <QueryState query={mine}>
        {(m) =>
          !m.officer ? (
            <EmptyState>{t("liaison.mine.noRecord")}</EmptyState>
          ) : m.delegations.length === 0 ? (
            <EmptyState>{t("liaison.mine.none")}</EmptyState>
          ) : (
            <Stack gap="md">
              {m.delegations.map((d) => (
                <DelegationCard key={d.id} d={d} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
