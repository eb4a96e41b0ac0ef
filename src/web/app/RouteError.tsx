import { Container } from "@mantine/core";
import { useRouteError } from "react-router";
import { ErrorState } from "../components/QueryState";

/** A page that crashed while rendering: say so, and let the user try again, instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}
