package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import dev.lifeboat.deploy.internal.CipherWarmup;

/**
 * The warm-up's contract with the deploys that call it; what it gains is measured by releng/bench/deploy (the
 * console's CPU per host), not here.
 */
class CipherWarmupTest {

	@Test
	void aJvmWarmsUpOnceAndLaterDeploysPayNothing() {
		// The first call here encrypts unless a deploy in this JVM already did.
		CipherWarmup.run();
		assertFalse(CipherWarmup.run(), "a JVM that has warmed up must not encrypt again: the console deploys many times");
		assertFalse(CipherWarmup.run());
	}
}
