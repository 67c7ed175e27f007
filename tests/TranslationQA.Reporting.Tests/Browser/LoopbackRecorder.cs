using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TranslationQA.Reporting.Tests.Browser;

/// <summary>
/// A tiny HTTP listener on 127.0.0.1 that records the request line of everything that reaches it and answers 204,
/// so a test can tell whether a page sent anything anywhere.
/// </summary>
internal sealed class LoopbackRecorder : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Task _loop;

    public LoopbackRecorder()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>The base address, http://127.0.0.1:port.</summary>
    public string Origin => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Request lines received so far, such as "GET /img HTTP/1.1".</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Waits until a request whose line contains <paramref name="path"/> arrives; false after the timeout.</summary>
    public async Task<bool> WaitForAsync(string path, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!Requests.Any(r => r.Contains(path, StringComparison.Ordinal)))
        {
            try { await Task.Delay(25, deadline.Token); }
            catch (OperationCanceledException) { return false; }
        }

        return true;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }

            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                var line = await reader.ReadLineAsync(_stop.Token);
                if (line is null) return;
                _requests.Enqueue(line);
                await stream.WriteAsync("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"u8.ToArray(), _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException) { }
        }
    }
}
