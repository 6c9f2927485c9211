/**
 * Deterministic randomness for the demo: a stateless hash of coordinates
 * rather than a sequential generator, so a value (one day's noise on one
 * line) is the same whichever query asks for it first, and nothing has to be
 * generated in order to reach it.
 */

function mix(hash: number, value: number): number {
	let mixed = Math.imul(value | 0, 0xcc9e2d51);
	mixed = (mixed << 15) | (mixed >>> 17);
	mixed = Math.imul(mixed, 0x1b873593);
	const combined = (hash ^ mixed) | 0;
	return (Math.imul((combined << 13) | (combined >>> 19), 5) + 0xe6546b64) | 0;
}

function finish(hash: number): number {
	let mixed = hash ^ (hash >>> 16);
	mixed = Math.imul(mixed, 0x85ebca6b);
	mixed ^= mixed >>> 13;
	mixed = Math.imul(mixed, 0xc2b2ae35);
	return (mixed ^ (mixed >>> 16)) >>> 0;
}

/** A float in [0, 1) determined only by the integers given (murmur3-style mixing). */
export function hashUnit(...values: readonly number[]): number {
	let hash = 0x9747b28c;
	for (const value of values) hash = mix(hash, value);
	return finish(hash) / 4_294_967_296;
}

/** `hashUnit(a, b, c)` without the rest-argument array: the demo's hot path calls it per line per day. */
export function hashUnit3(a: number, b: number, c: number): number {
	return finish(mix(mix(mix(0x9747b28c, a), b), c)) / 4_294_967_296;
}

/** A stable 32-bit number for a string, to feed names into `hashUnit`. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
