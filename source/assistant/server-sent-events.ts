/**
 * The `data` of each server-sent event in a byte stream, in order. Multi-line
 * data is joined with newlines; comments, `event:` and `id:` lines are
 * skipped. A last event without its blank line is still delivered.
 */
export async function* serverSentData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
	const decoder = new TextDecoder();
	let buffer = '';
	let data: string[] = [];
	const reader = body.getReader();
	try {
		while (true) {
			const {done, value} = await reader.read();
			buffer += done ? decoder.decode() : decoder.decode(value, {stream: true});
			const lines = buffer.split(/\r\n|\r|\n/);
			buffer = done ? '' : (lines.pop() ?? '');
			for (const line of lines) {
				if (line === '') {
					if (data.length > 0) yield data.join('\n');
					data = [];
				} else if (line.startsWith('data:')) {
					data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
				}
			}
			if (done) break;
		}
		if (data.length > 0) yield data.join('\n');
	} finally {
		reader.releaseLock();
	}
}
