import {Box, Text} from 'ink';
import {MINIMUM_SIZE} from '../source/view/layout.js';

/** Shown instead of the app when the terminal cannot fit it. */
export function TooSmall({columns, rows}: {readonly columns: number; readonly rows: number}) {
	return (
		<Box width={columns} height={Math.max(1, rows - 1)}>
			<Text wrap="truncate">
				Make the window at least {MINIMUM_SIZE.columns}×{MINIMUM_SIZE.rows} (now {columns}×{rows}) · q quits
			</Text>
		</Box>
	);
}
