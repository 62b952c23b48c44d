namespace EwpGateway.Benchmarks.Rsa;

/// <summary>RSA-2048 PKCS#1 v1.5 SHA-256 operations per second on one core (one thread).</summary>
internal sealed record RsaLimitResult(
    double SignsPerSecond,
    double VerifiesPerSecond,
    double SignMeanMicroseconds,
    double SignStdDevMicroseconds,
    double VerifyMeanMicroseconds,
    double VerifyStdDevMicroseconds);
