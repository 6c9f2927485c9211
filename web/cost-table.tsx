import {useVirtualizer} from '@tanstack/react-virtual';
import {memo, useEffect, useRef} from 'react';
import {type TableCells, type TableDisplay, fitFigure} from '../source/view/table-display.js';
import {SORT_COLUMN_LABELS, type SortColumn, type SortOrder, type TableRow} from '../source/view/table-rows.js';
import {rowPosition, shareText} from '../source/view/table-text.js';

const ROW_HEIGHT = 30;
const figure = (amount: TableCells['amount'] | null, unit: string, loading = '…'): string => fitFigure(amount, unit, 64, loading).trim();

export interface CostTableProps {
	readonly rows: readonly TableRow[];
	readonly display: TableDisplay;
	readonly cursor: number;
	readonly sort: SortOrder;
	readonly comparisonLabel: string;
	readonly label: string;
	readonly onDrill: (row: TableRow) => void;
	readonly onCursor: (index: number) => void;
	readonly onSort: (column: SortColumn) => void;
}

const HEADERS: readonly {column: SortColumn | 'share'; title: string}[] = [
	{column: 'label', title: 'Name'},
	{column: 'amount', title: 'This period'},
	{column: 'previous', title: 'Previous'},
	{column: 'change', title: 'Change'},
	{column: 'changeRatio', title: 'Change %'},
	{column: 'share', title: 'Share'},
];

const changeClass = (row: {change: bigint | null}) => (row.change === null || row.change === 0n ? '' : row.change > 0n ? 'up' : 'down');

const Row = memo(function Row({row, cells, index, selected, onDrill, onCursor}: {row: TableRow; cells: TableCells; index: number; selected: boolean; onDrill: (row: TableRow) => void; onCursor: (index: number) => void}) {
	return (
		<div
			role="row"
			aria-rowindex={index + 2}
			aria-selected={selected}
			id={`row-${index}`}
			className={`row${selected ? ' selected' : ''}`}
			onClick={() => {
				onCursor(index);
				onDrill(row);
			}}
		>
			<span role="gridcell" className="name" title={row.label}>
				{row.label}
				{row.estimated ? <abbr title="estimated, not final"> ~</abbr> : null}
			</span>
			<span role="gridcell" className="num">{row.noData ? '—' : figure(cells.amount, cells.unit)}</span>
			<span role="gridcell" className="num">{row.noPreviousData ? '—' : figure(cells.previous, cells.unit)}</span>
			<span role="gridcell" className={`num ${changeClass(cells)}`}>{figure(cells.change, cells.unit, '')}</span>
			<span role="gridcell" className={`num ${changeClass(cells)}`}>{cells.changeRatio}</span>
			<span role="gridcell" className="share">
				<span className="share-text">{shareText(row.share)}</span>
				<span className="bar" style={{width: `${Math.max(0, Math.min(1, row.share ?? 0)) * 100}%`}} />
			</span>
		</div>
	);
});

/**
 * The cost table: a grid (arrow keys move its cursor through the app's key
 * map), only the rows in sight rendered, so 10,000 rows scroll like 10.
 * Clicking a row drills into it; clicking a heading sorts by it.
 */
export function CostTable({rows, display, cursor, sort, comparisonLabel, label, onDrill, onCursor, onSort}: CostTableProps) {
	const scroller = useRef<HTMLDivElement>(null);
	const virtualizer = useVirtualizer({count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12});
	useEffect(() => {
		if (rows.length > 0) virtualizer.scrollToIndex(Math.min(cursor, rows.length - 1), {align: 'auto'});
	}, [cursor, rows.length, virtualizer]);
	const {footer} = display;
	return (
		<div
			className="table"
			role="grid"
			aria-label={label}
			aria-rowcount={rows.length + 2}
			aria-activedescendant={rows.length > 0 ? `row-${cursor}` : undefined}
			tabIndex={0}
			data-testid="cost-table"
		>
			<div role="row" className="row head" aria-rowindex={1}>
				{HEADERS.map(({column, title}) =>
					column === 'share' ? (
						<span key={column} role="columnheader" className="share">{title}</span>
					) : (
						<span key={column} role="columnheader" className={column === 'label' ? 'name' : 'num'} aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
							<button type="button" onClick={() => onSort(column)} title={`Sort by ${SORT_COLUMN_LABELS[column]}`}>
								{column === 'previous' ? `${title} (${comparisonLabel})` : title}
								{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
							</button>
						</span>
					),
				)}
			</div>
			<div className="rows" ref={scroller} data-testid="table-rows">
				<div style={{height: virtualizer.getTotalSize(), position: 'relative'}}>
					{virtualizer.getVirtualItems().map(item => (
						<div key={item.key} style={{position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)`}}>
							<Row row={rows[item.index]!} cells={display.cells[item.index]!} index={item.index} selected={item.index === cursor} onDrill={onDrill} onCursor={onCursor} />
						</div>
					))}
				</div>
			</div>
			<div role="row" className="row total" aria-rowindex={rows.length + 2} data-testid="total-row">
				<span role="gridcell" className="name">
					Total <span className="position">{rowPosition(cursor, rows.length)}</span>
				</span>
				{footer?.kind === 'total' ? (
					<>
						<span role="gridcell" className="num">{figure(footer.cells.amount, footer.cells.unit)}</span>
						<span role="gridcell" className="num">{figure(footer.cells.previous, footer.cells.unit)}</span>
						<span role="gridcell" className={`num ${changeClass(footer.cells)}`}>{figure(footer.cells.change, footer.cells.unit, '')}</span>
						<span role="gridcell" className={`num ${changeClass(footer.cells)}`}>{footer.cells.changeRatio}</span>
						<span role="gridcell" className="share" />
					</>
				) : (
					<span role="gridcell" className="num wide">{footer?.kind === 'no-total' ? footer.text : ''}</span>
				)}
			</div>
		</div>
	);
}
