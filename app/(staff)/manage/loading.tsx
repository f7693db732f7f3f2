import { Skeleton, Stack } from '@mantine/core';

/** While a management page's operations run (first load of a route). */
export default function ManageLoading() {
  return (
    <Stack gap="md" aria-busy="true">
      <Skeleton height={14} width={180} />
      <Skeleton height={32} width={320} />
      <Skeleton height={240} />
    </Stack>
  );
}
