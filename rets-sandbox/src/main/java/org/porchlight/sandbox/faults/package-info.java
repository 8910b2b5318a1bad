/**
 * Ready-made {@link org.porchlight.sandbox.SandboxFilter}s that make the sandbox misbehave like real RETS servers
 * do: dropped connections, HTTP 5xx replies, slow or truncated bodies, sessions that expire, Offset ignored and row
 * caps.
 */
package org.porchlight.sandbox.faults;
