using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Function definitions: <c>func name(params) ... end</c>, anonymous <c>do(params) ... end</c>, and the head of a
/// one-line <c>name(params) = expr</c>. Without a parameter list a function reads its arguments as <c>$</c>, <c>$0</c>...
/// </summary>
public sealed partial class Parser
{
    /// <summary>The kinds of parameter, in the only order they may be declared.</summary>
    private enum ParameterKind
    {
        Plain,
        Optional,
        Variadic,
    }

    private ScriptFunction ParseNamedFunction()
    {
        var function = StartAtKeyword(new ScriptFunction());
        return AtTopLevel(() =>
        {
            function.Name = ExpectAndParseVariable(function);
            return ParseSignatureAndBody(function, endTakesEndOfStatement: true);
        });
    }

    /// <summary><c>do ... end</c> as a value; its <c>end</c> also ends the statement the expression stands in.</summary>
    private ScriptAnonymousFunction ParseAnonymousFunction()
    {
        var function = AtTopLevel(() => ParseSignatureAndBody(StartAtKeyword(new ScriptFunction { IsAnonymous = true }), endTakesEndOfStatement: false));
        _anonymousFunctionEnd = Previous.End.Offset;
        return Finish(new ScriptAnonymousFunction { Function = function }, function.Span.Start);
    }

    /// <summary>Runs <paramref name="parse"/> as at the start of a statement: a body is not part of the expression that defines it.</summary>
    private T AtTopLevel<T>(Func<T> parse)
    {
        var enclosing = _openExpressions;
        _openExpressions = 0;
        try
        {
            return parse();
        }
        finally
        {
            _openExpressions = enclosing;
        }
    }

    private ScriptFunction ParseSignatureAndBody(ScriptFunction function, bool endTakesEndOfStatement)
    {
        if (Current.Type == TokenType.OpenParen)
        {
            function.Parameters = ParseParameterList(function);
        }
        // A malformed head ends the parse, but the body is still opened: its missing `end` is reported with the function.
        ExpectEndOfStatement();
        function.Body = ParseBlockStatement(function, endTakesEndOfStatement);
        return Finish(function, function.Span.Start);
    }

    /// <summary><c>(a, b = 1, rest...)</c>: plain parameters, then optional ones with a literal default, then at most one variadic.</summary>
    private List<ScriptParameter> ParseParameterList(ScriptFunction function)
    {
        NextToken();
        var parameters = new List<ScriptParameter>();
        var latestKind = ParameterKind.Plain;
        while (!TryTake(TokenType.CloseParen))
        {
            if (parameters.Count > 0 && !TryTake(TokenType.Comma))
            {
                LogError(Current, "Expecting a comma to separate arguments in a function call.");
            }
            if (ParseParameter(function, ref latestKind) is not { } parameter)
            {
                LogError(Current, "Expecting a closing parenthesis for a function call.");
                break;
            }
            parameters.Add(parameter);
        }
        return parameters;
    }

    /// <summary>One parameter; null when none can be read here, which ends the list.</summary>
    private ScriptParameter? ParseParameter(ScriptFunction function, ref ParameterKind latestKind)
    {
        if (!IsStartOfExpression())
        {
            LogError(Current, "Expecting an expression for argument function calls instead of this token.");
            return null;
        }
        if (ExpectAndParseVariable(function) is not { } name)
        {
            return null;
        }
        if (name.Scope != ScriptVariableScope.Global)
        {
            LogError(name.Span, "Expecting only a simple name parameter for a function");
        }
        var kind = Current.Type switch
        {
            TokenType.Equal => ParameterKind.Optional,
            TokenType.TripleDot => ParameterKind.Variadic,
            _ => ParameterKind.Plain,
        };
        if (MisplacedParameter(kind, latestKind) is { } problem)
        {
            LogError(name.Span, problem);
        }
        latestKind = kind > latestKind ? kind : latestKind;

        var parameter = new ScriptParameter { Name = name.Name, Span = name.Span };
        if (kind == ParameterKind.Plain)
        {
            return parameter;
        }
        NextToken();
        if (kind == ParameterKind.Variadic)
        {
            parameter.IsVariadic = true;
        }
        else if (ExpectAndParseExpression(function) is ScriptLiteral defaultValue)
        {
            parameter.DefaultValue = defaultValue;
            parameter.HasDefault = true;
        }
        else
        {
            LogError(name.Span, "Expecting only a literal for an optional parameter value.");
        }
        return parameter;
    }

    private static string? MisplacedParameter(ParameterKind kind, ParameterKind latestKind) => (kind, latestKind) switch
    {
        (ParameterKind.Plain, > ParameterKind.Plain) => "Cannot declare a normal parameter after an optional parameter.",
        (ParameterKind.Optional, ParameterKind.Variadic) => "Cannot declare an optional parameter after a variable parameter (`...`).",
        (ParameterKind.Variadic, ParameterKind.Variadic) => "Cannot declare multiple variable parameters.",
        _ => null,
    };

    /// <summary>
    /// The function that <c>name(a, b)</c> declares when <c>=</c> follows it: a global name called with parentheses
    /// on global names only. Null when the call cannot be such a head.
    /// </summary>
    private static ScriptFunction? AsFunctionHead(ScriptFunctionCall call)
    {
        if (!call.ExplicitCall || call.Target is not ScriptVariable { Scope: ScriptVariableScope.Global } name)
        {
            return null;
        }
        var parameters = new List<ScriptParameter>(call.Arguments.Count);
        foreach (var argument in call.Arguments)
        {
            if (argument is not ScriptVariable { Scope: ScriptVariableScope.Global } parameterName)
            {
                return null;
            }
            parameters.Add(new ScriptParameter { Name = parameterName.Name, Span = parameterName.Span });
        }
        return new ScriptFunction { Name = name, Parameters = parameters, Span = call.Span, IsExpressionBody = true };
    }
}
