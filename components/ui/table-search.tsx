'use client';

import { Button, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { debounce, type Options } from 'nuqs';
import { type ChangeEvent, type ReactNode, useState } from 'react';

/**
 * A table's search box (the `q` filter): what is typed shows at once, the URL (and so the server page) follows
 * 300 ms after the last key. `clear` empties both, for the empty state's button.
 */
export function useTableSearch(initial: string, setQuery: (q: string | null, options?: Options) => void) {
  const [value, setValue] = useState(initial);
  return {
    value,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const next = event.currentTarget.value;
      setValue(next);
      setQuery(next || null, { limitUrlUpdates: debounce(300) });
    },
    clear: () => {
      setValue('');
      setQuery(null);
    },
  };
}

export function TableSearchInput({ label, placeholder, search }: { label: string; placeholder: string; search: ReturnType<typeof useTableSearch> }) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      type="search"
      value={search.value}
      onChange={search.onChange}
      w={{ base: '100%', sm: 300 }}
    />
  );
}

/** What a table shows instead of rows: what happened, and what to do next (clear the filters, or create one). */
export function TableEmpty({ title, text, filtered, clearLabel, onClear, create }: {
  title: string;
  text: string;
  filtered: boolean;
  clearLabel: string;
  onClear: () => void;
  /** The way to create the first one, when the viewer may. */
  create?: ReactNode;
}) {
  return (
    <Stack align="center" gap="sm" py="xl">
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={480}>
        {text}
      </Text>
      {filtered ? (
        <Button variant="default" onClick={onClear}>
          {clearLabel}
        </Button>
      ) : (
        create
      )}
    </Stack>
  );
}
