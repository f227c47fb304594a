// A token bucket per client for mutations: bursts are fine, a flood is refused.
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number, private readonly burst = Math.max(1, Math.ceil(perMinute / 4))) {}

  /** Takes one token for `client`; false when the client has none left. */
  take(client: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetIdle(now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private forgetIdle(now: number): void {
    for (const [client, bucket] of this.buckets) if (now - bucket.at > 120_000) this.buckets.delete(client);
  }
}
