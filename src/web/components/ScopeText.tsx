import { useI18n } from "../lib/i18n";
import type { GrantView } from "../../shared/roles";

/** "Unit: State Records and Archives Department", "Whole ministry", "Approval step: Minister"… */
export function ScopeText({ grant }: { grant: Pick<GrantView, "scopeKind" | "scopeId" | "scopeLabel"> }) {
  const { t } = useI18n();
  const kind = t(`scope.${grant.scopeKind}`);
  if (!grant.scopeId) return <>{kind}</>;
  return (
    <>
      {kind}: {grant.scopeLabel ?? grant.scopeId}
    </>
  );
}
