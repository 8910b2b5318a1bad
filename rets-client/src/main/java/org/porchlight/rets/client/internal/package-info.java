/**
 * The implementation of the RETS client. Nothing under this package is API: types here change without notice, and
 * callers use {@link org.porchlight.rets.client.RetsClient} and the types of its package instead. Each sub-package
 * contains one step of the exchange: {@code transport} (HTTP, authentication, cookies, wire log), {@code session}
 * (Login and Logout), {@code metadata}, {@code search}, {@code object} (GetObject), {@code reply} (reply codes) and
 * {@code xml} (the lenient byte-level scanner the parsers share).
 */
package org.porchlight.rets.client.internal;
