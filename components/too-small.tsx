import {Box, Text} from 'ink';
import {MINIMUM_SIZE} from '../source/view/layout.js';

export interface TooSmallProps {
	readonly columns: number;
	readonly rows: number;
	/** The quit key, as the key map names it. */
	readonly quitKey: string;
}

/** Shown instead of the app when the terminal cannot fit it; wraps, so it is whole in any window. */
export function TooSmall({columns, rows, quitKey}: TooSmallProps) {
	return (
		<Box width={columns} height={Math.max(1, rows - 1)} overflow="hidden">
			<Text wrap="wrap">
				Make the window at least {MINIMUM_SIZE.columns}×{MINIMUM_SIZE.rows} (now {columns}×{rows}) · {quitKey} quits
			</Text>
		</Box>
	);
}
