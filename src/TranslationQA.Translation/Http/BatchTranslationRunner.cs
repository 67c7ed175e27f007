namespace TranslationQA.Translation.Http;

/// <summary>Sends one element batch to a service; returns one result per text, in order.</summary>
public delegate Task<IReadOnlyList<PieceTranslation>> BatchSender(IReadOnlyList<string> texts, CancellationToken cancellationToken);

/// <summary>
/// The frugal part every HTTP engine shares: identical sentences are sent once, over-long texts are split at
/// sentence boundaries and rejoined, and the rest is packed into as few requests as the limits allow, sent with
/// bounded parallelism.
/// </summary>
public sealed class BatchTranslationRunner
{
    private readonly int _maxElements;
    private readonly int _maxCharacters;
    private readonly int _maxConcurrency;

    /// <summary>Creates a runner for a service with the given per-request limits.</summary>
    public BatchTranslationRunner(int maxElements, int maxCharacters, int maxConcurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxElements, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        (_maxElements, _maxCharacters, _maxConcurrency) = (maxElements, maxCharacters, maxConcurrency);
    }

    /// <summary>Translates <paramref name="sentences"/> through <paramref name="send"/>; one result per sentence, in order.</summary>
    public async Task<IReadOnlyList<PieceTranslation>> RunAsync(
        IReadOnlyList<string> sentences, BatchSender send, CancellationToken cancellationToken)
    {
        var unique = new List<string>();
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputSlots = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i] ?? string.Empty;
            if (!slotOf.TryGetValue(text, out var slot))
            {
                slot = unique.Count;
                slotOf.Add(text, slot);
                unique.Add(text);
            }

            inputSlots[i] = slot;
        }

        // Each unique non-blank text becomes one or more pieces; blank texts need no request.
        var pieces = new List<(int Slot, Range Range, string Text)>();
        for (var slot = 0; slot < unique.Count; slot++)
        {
            if (string.IsNullOrWhiteSpace(unique[slot]))
            {
                continue;
            }

            foreach (var range in TextChunker.Split(unique[slot], _maxCharacters))
            {
                pieces.Add((slot, range, unique[slot][range]));
            }
        }

        var results = new PieceTranslation?[pieces.Count];
        var batches = RequestPacker.Pack([.. pieces.Select(p => p.Text.Length)], _maxElements, _maxCharacters);
        await SendAllAsync(batches, pieces.Select(p => p.Text).ToArray(), results, send, cancellationToken)
            .ConfigureAwait(false);

        var joined = new PieceTranslation[unique.Count];
        for (var slot = 0; slot < unique.Count; slot++)
        {
            joined[slot] = new PieceTranslation(string.Empty, []);
        }

        foreach (var group in Enumerable.Range(0, pieces.Count).GroupBy(i => pieces[i].Slot))
        {
            joined[group.Key] = Rejoin(group.Select(i => (pieces[i].Range.Start.Value, results[i]!)).ToList());
        }

        return inputSlots.Select(slot => joined[slot]).ToArray();
    }

    private async Task SendAllAsync(
        IReadOnlyList<IReadOnlyList<int>> batches,
        string[] texts,
        PieceTranslation?[] results,
        BatchSender send,
        CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(_maxConcurrency);
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = batches.Select(async batch =>
        {
            await gate.WaitAsync(failFast.Token).ConfigureAwait(false);
            try
            {
                var answer = await send([.. batch.Select(i => texts[i])], failFast.Token).ConfigureAwait(false);
                if (answer.Count != batch.Count)
                {
                    throw new TranslationQA.Core.BackTranslation.EngineException($"The service returned {answer.Count} translations for {batch.Count} texts.");
                }

                for (var k = 0; k < batch.Count; k++)
                {
                    results[batch[k]] = answer[k];
                }
            }
            catch
            {
                // One failed batch fails the call: stop spending requests on the others.
                await failFast.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Surface the failure that triggered the fail-fast cancellation rather than a sibling's cancellation.
            var root = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault();
            if (root is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(root);
            }

            throw;
        }
    }

    private static PieceTranslation Rejoin(IReadOnlyList<(int SourceStart, PieceTranslation Piece)> parts)
    {
        if (parts.Count == 1 && parts[0].SourceStart == 0)
        {
            return parts[0].Piece;
        }

        var text = new System.Text.StringBuilder();
        var links = new List<SpanLink>();
        foreach (var (sourceStart, piece) in parts)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var targetStart = text.Length;
            text.Append(piece.Text);
            links.AddRange(piece.Links.Select(l => l.Shift(sourceStart, targetStart)));
        }

        return new PieceTranslation(text.ToString(), links);
    }
}
