import { useRef } from "react";

/**
 * The last value that was not null. A dialog opened for a record closes by setting its record to null, but Mantine
 * keeps it on screen while it fades out: its title, built from the retained record, keeps its name until it is gone.
 */
export function useRetained<T>(value: T | null): T | null {
  const last = useRef<T | null>(value);
  if (value !== null) last.current = value;
  return last.current;
}
