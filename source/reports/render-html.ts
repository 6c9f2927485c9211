import type {ReportPayload} from './report-payload.js';
import {anomalyLine, budgetLine, chartCaption, findingLine, summaryLine} from './render-markdown.js';
import {money, periodText, signedMoney, signedPercent} from './report-figures.js';

export const escapeHtml = (text: string): string =>
	text.replace(/[&<>"']/g, character => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[character]!);

const STYLE = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff;max-width:760px;margin:24px auto;padding:0 16px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.meta{color:#59636e}.summary{font-size:18px;font-weight:600}.up{color:#b42318}.down{color:#067647}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:4px 8px;border-bottom:1px solid #eaeef2}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
svg{display:block;width:100%;height:auto}.note{color:#59636e;font-style:italic}`;

/** Daily bars as an inline SVG, with each day's amount in its tooltip. */
export function chartSvg(daily: ReportPayload['daily'], unit: string): string {
	const width = 720;
	const height = 160;
	const high = Math.max(0, ...daily.map(day => day.amount));
	const step = daily.length === 0 ? width : width / daily.length;
	const bars = daily
		.map((day, index) => {
			const barHeight = high === 0 ? 0 : Math.max(1, (Math.max(0, day.amount) / high) * (height - 20));
			const x = (index * step + step * 0.1).toFixed(1);
			const y = (height - barHeight).toFixed(1);
			return `<rect x="${x}" y="${y}" width="${(step * 0.8).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="#0969da"><title>${escapeHtml(`${day.date}: ${money(day.amount, unit)}`)}</title></rect>`;
		})
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="Daily cost">${bars}</svg>`;
}

const listItem = (name: string, text: string): string => `<li><strong>${escapeHtml(name)}</strong> ${escapeHtml(text)}</li>`;

/** One self-contained HTML page: inline CSS and SVG, no script, nothing fetched. */
export function renderHtml(report: ReportPayload): string {
	const title = `${report.title}: ${report.scope}`;
	const body: string[] = [`<h1>${escapeHtml(title)}</h1>`, `<p class="meta">${escapeHtml(`${periodText(report.period)} · ${report.metric}`)}</p>`];
	for (const section of report.sections) {
		if (section === 'summary') {
			const direction = report.change === null || report.change === 0 ? '' : report.change > 0 ? ' up' : ' down';
			body.push(`<p class="summary${direction}">${escapeHtml(summaryLine(report))}</p>`);
		}
		if (section === 'chart' && report.daily.length > 0) body.push('<h2>Daily cost</h2>', chartSvg(report.daily, report.unit), `<p class="meta">${escapeHtml(chartCaption(report))}</p>`);
		if (section === 'movers' && report.comparison !== null) {
			const rows = report.movers.map(
				move =>
					`<tr><td>${escapeHtml(move.service)}</td><td class="n">${escapeHtml(money(move.current, report.unit))}</td><td class="n">${escapeHtml(money(move.previous, report.unit))}</td><td class="n ${move.change > 0 ? 'up' : 'down'}">${escapeHtml(`${signedMoney(move.change, report.unit)}, ${signedPercent(move.changePercent)}`)}</td></tr>`,
			);
			body.push(
				'<h2>Top movers</h2>',
				rows.length === 0 ? '<p>No service changed.</p>' : `<table><thead><tr><th>Service</th><th class="n">Now</th><th class="n">Before</th><th class="n">Change</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
			);
		}
		if (section === 'anomalies') {
			body.push('<h2>Anomalies</h2>', report.anomalies.length === 0 ? '<p>No unusual days.</p>' : `<ul>${report.anomalies.map(anomaly => listItem(anomaly.group, anomalyLine(anomaly, report.unit))).join('')}</ul>`);
		}
		if (section === 'budgets' && report.budgets.length > 0) body.push('<h2>Budgets</h2>', `<ul>${report.budgets.map(budget => listItem(budget.name, budgetLine(budget))).join('')}</ul>`);
	}
	if (report.findings.length > 0) body.push('<h2>Findings from plugins</h2>', `<ul>${report.findings.map(finding => listItem(finding.severity, findingLine(finding))).join('')}</ul>`);
	for (const note of report.notes) body.push(`<p class="note">${escapeHtml(note)}</p>`);
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}
