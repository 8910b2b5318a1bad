package org.porchlight.rets.client;

/** Error raised when the server replies to a transaction with a non-zero RETS reply code. */
public class RetsReplyException extends RetsException {

	private final int replyCode;
	private final String replyText;
	private final String transaction;

	public RetsReplyException(String transaction, int replyCode, String replyText) {
		super(transaction + " failed with RETS reply " + replyCode + ": " + replyText);
		this.transaction = transaction;
		this.replyCode = replyCode;
		this.replyText = replyText;
	}

	/** Creates the exception with a message that explains more than the code and the server's reply text. */
	public RetsReplyException(String transaction, int replyCode, String replyText, String message) {
		super(message);
		this.transaction = transaction;
		this.replyCode = replyCode;
		this.replyText = replyText;
	}

	public int replyCode() {
		return this.replyCode;
	}

	public String replyText() {
		return this.replyText;
	}

	/** Returns the transaction name, for example {@code Search} or {@code GetObject}. */
	public String transaction() {
		return this.transaction;
	}

}
