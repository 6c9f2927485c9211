// The part of autocannon's programmatic API the server bench uses (the package ships no types).
declare module 'autocannon' {
	interface Options {
		readonly url: string;
		readonly connections?: number;
		readonly duration?: number;
		readonly pipelining?: number;
	}
	interface Histogram {
		readonly average: number;
		readonly mean: number;
		readonly p50: number;
		readonly p99: number;
		readonly max: number;
	}
	interface Result {
		readonly requests: Histogram & {readonly total: number};
		readonly latency: Histogram;
		readonly errors: number;
		readonly timeouts: number;
		readonly non2xx: number;
	}
	function autocannon(options: Options): Promise<Result>;
	export default autocannon;
}
