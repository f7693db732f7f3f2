import { eventTimeZone } from '../../domain/events';

// #6 §14: one function decides an event's zone, for the `timeZone` field (through the location loader) and
// for repeating (R5, through the transaction). Same answers as before the move.
describe("an event's time zone", () => {
  const saved = process.env.DEFAULT_TIME_ZONE;
  afterEach(() => {
    if (saved === undefined) delete process.env.DEFAULT_TIME_ZONE;
    else process.env.DEFAULT_TIME_ZONE = saved;
  });

  it("is its location's zone", async () => {
    const asked: number[] = [];
    const zone = await eventTimeZone({ locationId: 7 }, async (id) => {
      asked.push(id);
      return { timeZone: 'Indian/Reunion' };
    });
    expect(zone).toBe('Indian/Reunion');
    expect(asked).toEqual([7]);
  });

  it('without a location is the platform default, and no location is loaded', async () => {
    delete process.env.DEFAULT_TIME_ZONE;
    const load = jest.fn(async () => null);
    expect(await eventTimeZone({ locationId: null }, load)).toBe('Europe/Paris');
    process.env.DEFAULT_TIME_ZONE = 'America/Toronto';
    expect(await eventTimeZone({ locationId: null }, load)).toBe('America/Toronto');
    expect(load).not.toHaveBeenCalled();
  });

  it('falls back to the platform default when the location is gone', async () => {
    delete process.env.DEFAULT_TIME_ZONE;
    expect(await eventTimeZone({ locationId: 7 }, async () => null)).toBe('Europe/Paris');
  });
});
