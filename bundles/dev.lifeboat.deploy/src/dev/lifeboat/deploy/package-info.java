/**
 * Deploying a topology over SSH: the transport ({@link dev.lifeboat.deploy.SshClient}, host keys always
 * verified against OpenSSH known_hosts files by {@link dev.lifeboat.deploy.KnownHosts}), and the fan-out to
 * many hosts ({@link dev.lifeboat.deploy.Deployment}: preflight, plan, apply, verify, roll back, record).
 * No UI: the console's wizard and the CLI both drive this package.
 */
package dev.lifeboat.deploy;
