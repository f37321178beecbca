using ChannelConfig.Diagnostics;
using FluentValidation;
using FluentValidation.Internal;

namespace ChannelConfig.Validation;

/// <summary>Ties a FluentValidation rule to a catalogue rule: its code, default severity and exact message.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>The message argument through which an exact message passes FluentValidation's formatter.</summary>
    private const string ExactMessageArgument = "ChannelConfigExactMessage";

    private const string ExactMessageTemplate = "{" + ExactMessageArgument + "}";

    public static IRuleBuilderOptions<T, TProperty> As<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, DiagnosticDescriptor descriptor) =>
        rule.WithErrorCode(descriptor.Id).WithSeverity(descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => Severity.Error,
            DiagnosticSeverity.Warning => Severity.Warning,
            _ => Severity.Info,
        });

    /// <summary>
    /// The failure's message, exactly as given. FluentValidation formats every message, replacing
    /// placeholders such as <c>{PropertyName}</c> wherever they appear, so a channel named
    /// <c>{PropertyName}</c> would be quoted wrongly; the message goes in as a placeholder's
    /// value instead, which the formatter inserts as it is.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithExactMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Func<T, string> message) =>
        rule.Configure(configured => ((RuleComponent<T, TProperty>)configured.Current).SetErrorMessage((context, _) =>
        {
            context.MessageFormatter.AppendArgument(ExactMessageArgument, message(context.InstanceToValidate));
            return ExactMessageTemplate;
        }));

    /// <summary><see cref="WithExactMessage{T, TProperty}(IRuleBuilderOptions{T, TProperty}, Func{T, string})"/> for a fixed message.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithExactMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string message) =>
        rule.WithExactMessage(_ => message);
}
