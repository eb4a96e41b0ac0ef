import { useState, type FormEvent } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { isApiError } from "../../../lib/api";
import { useI18n, type TranslationKey } from "../../../lib/i18n";
import { useMeQuery } from "../../../lib/me";
import { useLogin } from "../api/login";
import { AuthFrame } from "./AuthFrame";

const titles: Record<string, TranslationKey> = {
  SIGNIN_PAUSED: "auth.signIn.locked",
  RATE_LIMITED: "auth.signIn.locked",
  ACCOUNT_INACTIVE: "auth.signIn.inactive",
};

/** Only paths inside this app are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignInPage() {
  const { t } = useI18n();
  const me = useMeQuery();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);

  if (me.data && !login.isPending && !login.isSuccess) return <Navigate to={safeNext(params.get("next"))} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(safeNext(params.get("next")), { replace: true }) },
    );
  };

  const error = login.error;
  const errorTitle = isApiError(error) ? (titles[error.code] ?? "auth.signIn.failed") : "auth.signIn.failed";
  const hasError = missing || !!error;

  return (
    <AuthFrame title={t("auth.signIn.title")} intro={t("auth.signIn.intro")}>
      <form onSubmit={onSubmit} noValidate aria-describedby={hasError ? "sign-in-error" : undefined}>
        <Stack gap="md">
          {hasError && (
            <Alert id="sign-in-error" color="red" variant="light" role="alert" title={t(errorTitle)}>
              {missing ? t("auth.signIn.required") : error?.message}
            </Alert>
          )}
          <TextInput
            name="email"
            type="email"
            label={t("auth.signIn.email")}
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            aria-invalid={hasError || undefined}
          />
          <PasswordInput
            name="password"
            label={t("auth.signIn.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={hasError || undefined}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t("auth.signIn.submit")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("auth.signIn.help")}
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
