package org.porchlight.sync.settings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts secret settings, such as the RETS password, with AES-GCM before they are stored. The key is the base64 of
 * 16, 24 or 32 random bytes in the environment variable {@code PORCHLIGHT_SETTINGS_KEY} (for example the output of
 * {@code openssl rand -base64 32}). It is read on every use, so the variable is never copied into another field.
 */
@Component
public class SettingsCipher {

	public static final String KEY_VARIABLE = "PORCHLIGHT_SETTINGS_KEY";

	private static final int NONCE_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private final Environment environment;

	private final SecureRandom random = new SecureRandom();

	public SettingsCipher(Environment environment) {
		this.environment = environment;
	}

	/** Returns whether a usable key is configured. */
	public boolean isAvailable() {
		try {
			key();
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	/** Encrypts a value and returns the base64 of the nonce followed by the ciphertext and tag. */
	public String encrypt(String plain) {
		byte[] nonce = new byte[NONCE_LENGTH];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
			byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + encrypted.length).put(nonce).put(encrypted).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encrypting a setting failed", ex);
		}
	}

	/** Decrypts what {@link #encrypt} returned; fails when the key changed or the value was altered. */
	public String decrypt(String stored) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_LENGTH));
			return new String(cipher.doFinal(bytes, NONCE_LENGTH, bytes.length - NONCE_LENGTH), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decrypting a stored setting failed: " + KEY_VARIABLE
					+ " differs from the key it was stored with, or the value was altered", ex);
		}
	}

	private SecretKeySpec key() {
		String encoded = this.environment.getProperty(KEY_VARIABLE);
		if (!StringUtils.hasText(encoded)) {
			throw new IllegalStateException(KEY_VARIABLE + " is not set");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(encoded.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(KEY_VARIABLE + " is not valid base64");
		}
		if (key.length != 16 && key.length != 24 && key.length != 32) {
			throw new IllegalStateException(KEY_VARIABLE + " must decode to 16, 24 or 32 bytes, not " + key.length);
		}
		return new SecretKeySpec(key, "AES");
	}

}
