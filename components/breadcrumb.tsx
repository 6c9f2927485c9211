import {Box, Text} from 'ink';
import {memo} from 'react';
import {type GroupBy, groupByLabel} from '../source/query.js';
import {type DrillStep, breadcrumbParts} from '../source/view/drill.js';
import {breadcrumbText} from '../source/view/breadcrumb-text.js';
import {useTheme} from '../hooks/theme-context.js';

export interface BreadcrumbProps {
	readonly width: number;
	readonly steps: readonly DrillStep[];
	readonly groupBy: GroupBy;
	/** The view's second group-by, if any. */
	readonly thenBy?: GroupBy | undefined;
	/** The root when a shown query (a chat answer's) is on screen instead of the top view. */
	readonly origin?: string | undefined;
}

/** Where the drill-down is: "All › SERVICE: Amazon EC2 › by USAGE_TYPE, REGION", cut from the left when narrow. */
export const Breadcrumb = memo(function Breadcrumb({width, steps, groupBy, thenBy, origin}: BreadcrumbProps) {
	const theme = useTheme();
	const by = [groupBy, ...(thenBy === undefined ? [] : [thenBy])].map(groupByLabel).join(', ');
	const {trail, tail} = breadcrumbText([origin ?? 'All', ...breadcrumbParts(steps)], ` › by ${by}`, width);
	return (
		<Box width={width} height={1}>
			<Text wrap="truncate" color={theme.text.secondary}>
				{trail}
				<Text color={theme.text.primary}>{tail}</Text>
			</Text>
		</Box>
	);
});
