package org.porchlight.rets.client.object;

/**
 * An object the server could not deliver, such as reply 20403 (no object found) for one part of a multipart response.
 *
 * @param objectId the requested object's number, or {@code -1} when the server did not say which
 * @param replyCode the RETS reply code, or {@code -1} when the part carried none (plain text, an empty body, or
 * bytes that do not match the declared image type); {@code replyText} then describes the problem
 */
public record ObjectFailure(String contentId, int objectId, int replyCode, String replyText) {
}
