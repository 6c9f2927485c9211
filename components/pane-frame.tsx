import {Box} from 'ink';
import type {ReactNode} from 'react';
import {useTheme} from '../hooks/theme-context.js';

export interface PaneFrameProps {
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
	readonly children: ReactNode;
}

/** A bordered pane of a fixed size; the border shows which pane has focus. */
export function PaneFrame({width, height, focused, children}: PaneFrameProps) {
	const theme = useTheme();
	return (
		<Box
			width={width}
			height={height}
			flexDirection="column"
			borderStyle={focused ? 'bold' : 'round'}
			borderColor={focused ? theme.border.focused : theme.border.idle}
			// Rows are cut to the width by their own Text (wrap="truncate"); clipping only
			// the height spares Ink slicing every line of the pane on every frame.
			overflowY="hidden"
		>
			{children}
		</Box>
	);
}
