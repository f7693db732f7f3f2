'use client';

import { Alert, Button, Checkbox, Group, Loader, Modal, NumberInput, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../graphql-client';
import type { RepeatEventPreviewQuery, Weekday } from '../../graphql-client/graphql';
import { formatRange, zoneName } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiError, ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';

const RepeatLimits = graphql(`
  query RepeatLimits {
    repeatLimits {
      maxCopies
      maxWeeks
    }
  }
`);

const RepeatEventPreview = graphql(`
  query RepeatEventPreview($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {
    repeatEventPreview(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {
      timeZone
      occurrences {
        startAt
        endAt
      }
    }
  }
`);

const RepeatEvent = graphql(`
  mutation RepeatEvent($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {
    repeatEvent(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {
      id
    }
  }
`);

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** How long typing may pause before the preview is asked again. */
const PREVIEW_DELAY_MS = 300;
type Bound = 'weeks' | 'until';
type Preview = RepeatEventPreviewQuery['repeatEventPreview'];

/**
 * Repeating an event (#8 screen 3, R5, seed « la pile de feuilles »): weekdays, then a number of weeks or an
 * end date. Before confirming, the exact copies in the event's zone, as the API's dry run computes them with
 * the mutation's own function (never recomputed here), and the API's bounds, said before they are reached.
 */
export function RepeatEventDialog({
  opened,
  onClose,
  event,
  onRepeated,
}: {
  opened: boolean;
  onClose: () => void;
  event: { id: string; name: string };
  /** Told how many events were created. */
  onRepeated: (count: number) => void;
}) {
  const t = useTranslations('eventActions.repeat');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [limits, setLimits] = useState<{ maxCopies: number; maxWeeks: number } | null>(null);
  const [weekdays, setWeekdays] = useState<Weekday[]>([]);
  const [bound, setBound] = useState<Bound>('weeks');
  const [weeks, setWeeks] = useState<number | string>(1);
  const [until, setUntil] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [pending, setPending] = useState(false);
  const asked = useRef(0);

  const rule = {
    id: event.id,
    weekdays: WEEKDAYS.filter((day) => weekdays.includes(day)),
    weeks: bound === 'weeks' ? (weeks === '' ? null : Number(weeks)) : null,
    until: bound === 'until' ? until || null : null,
  };
  const key = JSON.stringify(rule);

  useEffect(() => {
    if (!opened) return;
    setWeekdays([]);
    setBound('weeks');
    setWeeks(1);
    setUntil('');
    graphqlFetch(RepeatLimits).then(({ repeatLimits }) => setLimits(repeatLimits), () => setLimits(null));
  }, [opened, event.id]);

  useEffect(() => {
    const request = ++asked.current;
    setPreview(null);
    setRefusal(null);
    if (!opened || !rule.weekdays.length) return;
    setLoading(true);
    const timer = setTimeout(() => {
      graphqlFetch(RepeatEventPreview, rule).then(
        (result) => request === asked.current && setPreview(result.repeatEventPreview),
        (e: unknown) => request === asked.current && setRefusal(e instanceof ApiRequestError ? e.errors[0] : { message: String(e) }),
      ).finally(() => request === asked.current && setLoading(false));
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // The rule is summed up by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, key]);

  async function confirm() {
    setPending(true);
    try {
      const { repeatEvent } = await graphqlFetch(RepeatEvent, rule);
      notifications.show({ color: 'green', message: t('done', { count: repeatEvent.length }) });
      onClose();
      onRepeated(repeatEvent.length);
    } catch (e) {
      setRefusal(e instanceof ApiRequestError ? e.errors[0] : { message: String(e) });
    } finally {
      setPending(false);
    }
  }

  const errorOf = (field: string) => (refusal?.field === field ? errorMessage(refusal) : undefined);
  const general = refusal && !['weekdays', 'weeks', 'until'].includes(refusal.field ?? '') ? errorMessage(refusal) : null;
  const count = preview?.occurrences.length ?? 0;
  const zone = preview ? zoneName(locale, preview.timeZone, preview.occurrences[0]?.startAt) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('title', { name: event.name })} size="lg" centered>
      <Stack gap="md">
        {limits && (
          <Alert variant="light" color="cursus" icon={<IconInfoCircle size={18} aria-hidden />} role="note">
            <Text size="sm">{t('limits', limits)}</Text>
          </Alert>
        )}
        <Checkbox.Group label={t('weekdays')} value={weekdays} onChange={(value) => setWeekdays(value as Weekday[])} error={errorOf('weekdays')}>
          <Group gap="md" mt="xs">
            {WEEKDAYS.map((day) => (
              <Checkbox key={day} value={day} label={t(`days.${day}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Radio.Group label={t('bound')} value={bound} onChange={(value) => setBound(value as Bound)}>
          <Group gap="lg" mt="xs">
            <Radio value="weeks" label={t('boundWeeks')} />
            <Radio value="until" label={t('boundUntil')} />
          </Group>
        </Radio.Group>
        {bound === 'weeks' ? (
          <NumberInput
            label={t('weeks')}
            description={limits ? t('weeksHelp', { max: limits.maxWeeks }) : undefined}
            min={1}
            max={limits?.maxWeeks}
            allowDecimal={false}
            value={weeks}
            onChange={setWeeks}
            error={errorOf('weeks')}
            maw={260}
          />
        ) : (
          <TextInput type="date" label={t('until')} value={until} onChange={(e) => setUntil(e.currentTarget.value)} error={errorOf('until')} maw={260} />
        )}
        <section aria-labelledby="repeat-preview-title" aria-live="polite" aria-busy={loading}>
          <Title order={3} size="h5" id="repeat-preview-title" mb={4}>
            {t('previewTitle')}
          </Title>
          {preview && count > 0 && (
            <Text size="sm" fw={600} mb={4}>
              {t('preview', { count })} ({zone})
            </Text>
          )}
          {!rule.weekdays.length && <Text size="sm" c="dimmed">{t('previewPending')}</Text>}
          {loading && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('previewLoading')}</Text>
            </Group>
          )}
          {preview && !count && <Text size="sm" c="dimmed">{t('previewEmpty')}</Text>}
          {preview && count > 0 && (
            <ol className="repeat-preview" tabIndex={0} aria-label={t('previewTitle')}>
              {preview.occurrences.map((o) => (
                <li key={o.startAt}>
                  <Text size="sm">{formatRange(locale, o.startAt, o.endAt, preview.timeZone)}</Text>
                </li>
              ))}
            </ol>
          )}
        </section>
        {general && (
          <Text role="alert" c="red.9" size="sm">
            {general}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={confirm} loading={pending} disabled={!count || loading}>
            {t('confirm', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
