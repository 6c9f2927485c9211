import {Text} from 'ink';
import {afterEach, expect, test} from 'vitest';
import {useToday} from '../../hooks/use-today.js';
import {type Clock, pinnedClock} from '../../source/clock.js';
import type {IsoDate} from '../../source/dates.js';
import {fakeClock} from '../fixtures/fake-clock.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => {
	rendered?.unmount();
	rendered = undefined;
});

function Probe({clock}: {clock: Clock}) {
	return <Text>today {useToday(clock, '2000-01-01' as IsoDate)}</Text>;
}

test('an app left open overnight moves to the new day when the clock does', async () => {
	// Midnight is 30 ms away; the clock reads the new day by then.
	const clock = fakeClock('2026-11-30' as IsoDate, 30);
	rendered = renderWithProviders(<Probe clock={clock} />);
	await rendered.waitFor('today 2026-11-30');
	clock.moveTo('2026-12-01' as IsoDate);
	await rendered.waitFor('today 2026-12-01');
});

test('a pinned day stays', async () => {
	rendered = renderWithProviders(<Probe clock={pinnedClock('2026-11-30' as IsoDate)} />);
	await rendered.waitFor('today 2026-11-30');
	await new Promise(resolve => setTimeout(resolve, 100));
	expect(rendered.lastFrame()).toContain('today 2026-11-30');
});
