import {type Period, addDays, ymd} from '../dates.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const monthName = (month: number): string => MONTHS[month - 1] ?? '?';

/**
 * A period in at most 14 cells, for a column header: "Oct 2026",
 * "Aug–Oct 2026", "Dec'25–Feb'26", "Oct 1–25", "Oct 29–Nov 4", "Oct 27".
 */
export function shortPeriodLabel(period: Period): string {
	const first = ymd(period.start);
	const last = ymd(addDays(period.end, -1));
	const wholeMonths = first.day === 1 && ymd(period.end).day === 1;
	if (wholeMonths) {
		if (first.year === last.year && first.month === last.month) return `${monthName(first.month)} ${first.year}`;
		if (first.year === last.year) return `${monthName(first.month)}–${monthName(last.month)} ${first.year}`;
		const short = (year: number) => `'${String(year % 100).padStart(2, '0')}`;
		return `${monthName(first.month)}${short(first.year)}–${monthName(last.month)}${short(last.year)}`;
	}
	if (period.start === addDays(period.end, -1)) return `${monthName(first.month)} ${first.day}`;
	if (first.year === last.year && first.month === last.month) return `${monthName(first.month)} ${first.day}–${last.day}`;
	return `${monthName(first.month)} ${first.day}–${monthName(last.month)} ${last.day}`;
}
