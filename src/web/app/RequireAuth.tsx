import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Container } from "@mantine/core";
import { useMeQuery } from "../lib/me";
import { ErrorState, Loading } from "../components/QueryState";

/** Renders its children for a signed-in user; anyone else goes to the sign-in page and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError)
    return (
      <Container size="sm" py="xl">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
