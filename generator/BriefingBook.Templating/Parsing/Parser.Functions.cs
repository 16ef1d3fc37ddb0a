using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Function definitions: <c>func name(params) ... end</c>, anonymous <c>do ... end</c>, one-line <c>name(params) = expr</c>.</summary>
public sealed partial class Parser
{
    private ScriptFunction ParseFunctionStatement(bool isAnonymous)
    {
        var start = Current.Start;
        var function = new ScriptFunction { IsAnonymous = isAnonymous, Span = SpanOf(Current) };
        var previousLevel = _openExpressions;
        try
        {
            _openExpressions = 0;
            SkipKeyword();
            if (!isAnonymous)
            {
                function.Name = ExpectAndParseVariable(function);
            }

            if (Current.Type == TokenType.OpenParen)
            {
                function.Parameters = ParseParameters(function);
            }

            ExpectEndOfStatement();
            function.Body = ParseBlockStatement(function, parseEndOfStatementAfterEnd: !isAnonymous);
            if (isAnonymous)
            {
                _anonymousFunctionEnd = Previous.End.Offset;
            }
        }
        finally
        {
            _openExpressions = previousLevel;
        }
        return Finish(function, start);
    }

    private List<ScriptParameter> ParseParameters(ScriptFunction function)
    {
        NextToken();
        var parameters = new List<ScriptParameter>();
        var hasVariadic = false;
        var hasOptional = false;
        var isFirst = true;
        var closed = false;
        while (true)
        {
            if (Current.Type == TokenType.CloseParen)
            {
                NextToken();
                closed = true;
                break;
            }
            if (!isFirst)
            {
                if (Current.Type == TokenType.Comma)
                {
                    NextToken();
                }
                else
                {
                    LogError(Current, "Expecting a comma to separate arguments in a function call.");
                }
            }
            isFirst = false;

            if (!IsStartOfExpression())
            {
                LogError(Current, "Expecting an expression for argument function calls instead of this token.");
                break;
            }
            var name = ExpectAndParseVariable(function);
            if (name is null)
            {
                break;
            }
            if (name.Scope != ScriptVariableScope.Global)
            {
                LogError(name.Span, "Expecting only a simple name parameter for a function");
            }
            var parameter = new ScriptParameter { Name = name.Name, Span = name.Span };
            if (Current.Type == TokenType.Equal)
            {
                if (hasVariadic)
                {
                    LogError(name.Span, "Cannot declare an optional parameter after a variable parameter (`...`).");
                }
                hasOptional = true;
                NextToken();
                var defaultValue = ExpectAndParseExpression(function);
                if (defaultValue is ScriptLiteral literal)
                {
                    parameter.DefaultValue = literal;
                    parameter.HasDefault = true;
                }
                else
                {
                    LogError(name.Span, "Expecting only a literal for an optional parameter value.");
                }
            }
            else if (Current.Type == TokenType.TripleDot)
            {
                if (hasVariadic)
                {
                    LogError(name.Span, "Cannot declare multiple variable parameters.");
                }
                hasVariadic = true;
                hasOptional = true;
                parameter.IsVariadic = true;
                NextToken();
            }
            else if (hasOptional)
            {
                LogError(name.Span, "Cannot declare a normal parameter after an optional parameter.");
            }
            parameters.Add(parameter);
        }
        if (!closed)
        {
            LogError(Current, "Expecting a closing parenthesis for a function call.");
        }
        return parameters;
    }

    /// <summary>Whether <c>name(a, b)</c> can be read as the head of a one-line definition <c>name(a, b) = expr</c>.</summary>
    private static bool TryGetFunctionDeclaration(ScriptFunctionCall call, out ScriptFunction declaration)
    {
        declaration = null!;
        if (!call.ExplicitCall || call.Target is not ScriptVariable { Scope: ScriptVariableScope.Global } name)
        {
            return false;
        }
        var parameters = new List<ScriptParameter>();
        foreach (var argument in call.Arguments)
        {
            if (argument is not ScriptVariable { Scope: ScriptVariableScope.Global } parameter)
            {
                return false;
            }
            parameters.Add(new ScriptParameter { Name = parameter.Name, Span = parameter.Span });
        }
        declaration = new ScriptFunction { Name = name, Parameters = parameters, Span = call.Span, IsExpressionBody = true };
        return true;
    }
}
