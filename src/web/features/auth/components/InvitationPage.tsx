import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { useI18n } from "../../../lib/i18n";
import { useAcceptInvitation } from "../api/acceptInvitation";
import { AuthFrame } from "./AuthFrame";

/** The server's own minimum (src/server/auth/passwords.ts); it checks again. */
const MIN_PASSWORD_LENGTH = 10;

export function InvitationPage() {
  const { t } = useI18n();
  const { token = "" } = useParams();
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [problem, setProblem] = useState<"tooShort" | "mismatch" | null>(null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return setProblem("tooShort");
    if (password !== confirm) return setProblem("mismatch");
    setProblem(null);
    accept.mutate({ token, password });
  };

  if (accept.isSuccess) {
    return (
      <AuthFrame title={t("auth.invitation.title")} intro={t("auth.invitation.intro")}>
        <Alert color="green" variant="light" role="status">
          {t("auth.invitation.done")}
        </Alert>
        <Button component={Link} to="/sign-in">
          {t("auth.invitation.signIn")}
        </Button>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t("auth.invitation.title")} intro={t("auth.invitation.intro")}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {accept.error && (
            <Alert color="red" variant="light" role="alert" title={t("auth.invitation.failed")}>
              {accept.error.message}
            </Alert>
          )}
          <PasswordInput
            name="new-password"
            label={t("auth.invitation.password")}
            description={t("auth.invitation.passwordHint", { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problem === "tooShort" ? t("auth.invitation.tooShort", { min: MIN_PASSWORD_LENGTH }) : undefined}
          />
          <PasswordInput
            name="confirm-password"
            label={t("auth.invitation.confirm")}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={problem === "mismatch" ? t("auth.invitation.mismatch") : undefined}
          />
          <Button type="submit" loading={accept.isPending} fullWidth>
            {t("auth.invitation.submit")}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
