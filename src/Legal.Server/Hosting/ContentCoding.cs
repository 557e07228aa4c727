namespace Legal.Server.Hosting;

/// <summary>A content coding Legal can send (RFC 9110 §8.4.1): none, gzip or Brotli.</summary>
public enum ContentCoding { Identity, Gzip, Brotli }
