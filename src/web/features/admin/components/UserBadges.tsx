import { Badge, Group } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import type { User } from "../api/types";

/** Active / deactivated, and the states an administrator should notice: invited, locked, external. */
export function UserBadges({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="green" variant="light" tt="none">
          {t("admin.user.status.active")}
        </Badge>
      ) : (
        <Badge color="gray" variant="filled" tt="none">
          {t("admin.user.status.inactive")}
        </Badge>
      )}
      {user.invited && (
        <Badge color="yellow" variant="light" tt="none">
          {t("admin.user.status.invited")}
        </Badge>
      )}
      {user.locked && (
        <Badge color="red" variant="light" tt="none">
          {t("admin.user.status.locked")}
        </Badge>
      )}
      {user.external && (
        <Badge color="violet" variant="light" tt="none">
          {t("admin.user.status.external")}
        </Badge>
      )}
    </Group>
  );
}
